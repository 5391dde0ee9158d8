/** {@code warren ingress}: HTTP routes from hosts and paths to services. */
package dev.warren.cli.ingress;
