/** Entry package: the crypto port adapters that bootstrap wires. */
package dev.warren.adapters.crypto;
