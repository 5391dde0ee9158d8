/**
 * The Xodus stores the cluster state is kept in, and the schema version that names their layout.
 */
package dev.warren.adapters.storage.schema;
