/** TLS certificates for ingresses: checked on the way in, private keys sealed at rest. */
package dev.warren.application.certificate;
