/** X.509 certificate issuance with Bouncy Castle's builders; internal to the module. */
package dev.warren.adapters.crypto.x509;
