/** PEM encoding and decoding of certificates and keys; internal to the module. */
package dev.warren.adapters.crypto.pem;
