/** Ingresses: HTTP routes from hosts and paths to services, with optional TLS. */
package dev.warren.application.ingress;
