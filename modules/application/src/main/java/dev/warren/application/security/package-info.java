/**
 * Cluster identities: join tokens checked in one place, certificates issued against them, and when
 * a certificate should be renewed.
 */
package dev.warren.application.security;
