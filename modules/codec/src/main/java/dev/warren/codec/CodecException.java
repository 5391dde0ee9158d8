package dev.warren.codec;

/**
 * Bytes that cannot be decoded (truncated, corrupt, an unknown format version or variant, a value
 * the domain rejects) or a value that cannot be encoded (null, an unsupported type). The message
 * says what failed and where, as a path of record components.
 */
public final class CodecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String path;

  CodecException(String reason) {
    this(reason, "", null);
  }

  CodecException(String reason, Throwable cause) {
    this(reason, "", cause);
  }

  private CodecException(String reason, String path, Throwable cause) {
    super(path.isEmpty() ? reason : reason + " (at " + path + ")", cause);
    this.reason = reason;
    this.path = path;
  }

  /** The same failure, one level further out: {@code segment} is prepended to the path. */
  CodecException within(String segment) {
    CodecException outer = new CodecException(reason, join(segment, path), getCause());
    outer.setStackTrace(getStackTrace());
    return outer;
  }

  private static String join(String segment, String inner) {
    if (inner.isEmpty()) {
      return segment;
    }
    return inner.startsWith("[") ? segment + inner : segment + "." + inner;
  }

  /** The same failure with a sentence of context before it, for the public entry points. */
  CodecException prefixed(String context) {
    CodecException outer = new CodecException(context + ": " + reason, path, getCause());
    outer.setStackTrace(getStackTrace());
    return outer;
  }
}
