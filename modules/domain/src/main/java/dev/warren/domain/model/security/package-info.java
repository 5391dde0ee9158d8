/**
 * Who is calling: the identities in cluster certificates (CN = node id or admin name, O = cluster
 * id, OU = role), the callers the API sees, and the rules that say who may call an API operation.
 */
package dev.warren.domain.model.security;
