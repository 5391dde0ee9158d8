/** Conversions between warren.v1 protobuf messages and domain records, applying proto3 defaults. */
package dev.warren.adapters.grpc.mapping;
