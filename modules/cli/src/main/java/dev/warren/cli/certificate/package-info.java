/** {@code warren certificate}: TLS certificates for ingresses. */
package dev.warren.cli.certificate;
