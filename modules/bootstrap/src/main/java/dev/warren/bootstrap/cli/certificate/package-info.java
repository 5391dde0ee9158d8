/** {@code warren certificate}: TLS certificates for ingresses. */
package dev.warren.bootstrap.cli.certificate;
