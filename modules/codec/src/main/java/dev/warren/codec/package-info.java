/**
 * {@link dev.warren.codec.DomainCodec}: domain records, enums and values to deterministic,
 * versioned bytes and back, by the explicit identities listed in {@code PersistedTypes}.
 *
 * <h2>What fixes the bytes</h2>
 *
 * <p>Every type in the log (the {@code StateChange} families), the store (the entities, and so the
 * snapshots, which are copies of the store) and the replies between managers has an entry in
 * {@code PersistedTypes}: a tag, written in place of a class name before a top-level value and
 * before each variant of a sealed interface; for a record its fields by name, in the order they
 * are written; for an enum the names of its constants. The domain stays free of annotations; the
 * codec checks each class against its entry the first time it meets it and refuses a class whose
 * components or constants no longer match, or that has no entry, with a message that says what to
 * do. Renaming a class or reordering its components therefore changes nothing on disk; renaming a
 * component needs the same rename in the table (the bytes name no fields).
 *
 * <p>Version 1 predates the table: it wrote simple class names and declaration order. The table
 * lists exactly those names and orders, so data written before it existed needed no migration;
 * {@code format-v1.golden} in the tests holds bytes captured from, or checked against, that
 * earlier code.
 *
 * <h2>Pinned, and how to change them</h2>
 *
 * <p>{@code GoldenFormatTest} pins the bytes of a sample of every persisted type (each type in the
 * table occurs in some sample) and {@code EventTypeNamesTest} the public event type of every
 * change. A change that alters the bytes fails them. To make such a change on purpose:
 *
 * <ol>
 *   <li>raise {@code DomainCodec.FORMAT_VERSION};
 *   <li>keep a reader for the previous version: a {@code Codecs} of that version over a schema that
 *       describes its bytes in terms of today's classes (the previous table, with defaults for
 *       components added since, see {@code Schema.RecordEntry}), added to {@code
 *       DomainCodec.READERS}; a change it cannot describe (a removed field, a new type of a field)
 *       needs a reader written for it;
 *   <li>pin the new bytes in {@code format-v<N>.golden} (the test writes a candidate to {@code
 *       target/} when run with {@code -Dwarren.codec.writeGolden=true}) and keep the old file: the
 *       test reads every earlier version's bytes with this build.
 * </ol>
 *
 * <p>The table is read once per class, then cached; encoding and decoding use no reflection per
 * value.
 */
package dev.warren.codec;
