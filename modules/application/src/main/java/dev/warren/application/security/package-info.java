/**
 * Cluster identities and who may do what: join tokens checked in one place, certificates issued
 * against them and when to renew them; the enforcement of the API's access rules (each operation
 * brings its rule) and who sees secret data and private keys.
 */
package dev.warren.application.security;
