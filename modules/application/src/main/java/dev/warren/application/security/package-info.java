/**
 * Who may do what: the one authorization table of the API and the rules for who sees secret data
 * and private keys.
 */
package dev.warren.application.security;
