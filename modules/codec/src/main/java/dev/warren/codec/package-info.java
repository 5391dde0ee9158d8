/**
 * {@link dev.warren.codec.DomainCodec}: domain records, enums and values to deterministic,
 * versioned bytes and back.
 */
package dev.warren.codec;
