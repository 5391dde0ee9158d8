/**
 * Who is calling: the identities in cluster certificates (CN = node id or admin name, O = cluster
 * id, OU = role), the callers the API sees, and the 39 operations the authorization table covers.
 */
package dev.warren.domain.model.security;
