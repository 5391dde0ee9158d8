/**
 * Cluster identities and who may do what: join tokens checked in one place, certificates issued
 * against them and when to renew them; the one authorization table of the API and who sees secret
 * data and private keys.
 */
package dev.warren.application.security;
