package dev.warren.bootstrap;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Request bodies for any protobuf message type, built from its descriptor alone: an empty one, a
 * valid-looking one, one with a single hostile field, and bytes that are no message at all. Every
 * choice comes from the given {@link Random}, so a seed reproduces a whole run. Each body carries a
 * short description for the reproduction line of a failure.
 */
final class HostileMessages {
  /** One request body and what it is, in a few words. */
  record Body(byte[] bytes, String description) {}

  private static final int HUGE_CHARS = 1_000_000;
  private static final int MANY = 10_000;
  private static final int FOUR_MIB = 4 * 1024 * 1024;

  /** Bytes that no protobuf parser accepts, with what is wrong with them. */
  static final List<Body> MALFORMED =
      List.of(
          new Body(new byte[] {0x0c}, "a stray end-group"),
          new Body(new byte[] {0x0a, 0x7f, 'a'}, "a length past the end"),
          new Body(new byte[] {0x0a}, "truncated after a tag"),
          new Body(
              new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01},
              "a varint that overflows"),
          new Body(new byte[] {0x00, 0x01}, "tag 0"),
          new Body(
              new byte[] {0x0a, 0x05, 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b'},
              "a lone surrogate as UTF-8 in field 1"),
          new Body(new byte[] {0x0a, 0x02, (byte) 0xc3, 0x28}, "invalid UTF-8 in field 1"),
          new Body(nestedGroups(5_000), "5,000 nested groups"),
          new Body(new byte[] {0x0f, 0x01}, "wire type 7"));

  private final Random random;

  HostileMessages(Random random) {
    this.random = random;
  }

  /** A message of {@code type} with every field set to something plausible. */
  Message plausible(Descriptor type) {
    return plausible(type, 0).build();
  }

  /**
   * A plausible message of {@code type} with one field, chosen at random (at any depth), set to a
   * hostile value.
   */
  Body hostile(Descriptor type) {
    DynamicMessage.Builder builder = plausible(type, 0);
    if (type.getFields().isEmpty()) {
      return new Body(builder.build().toByteArray(), "no fields: a plausible empty message");
    }
    String description = spoil(builder, type, type.getName());
    return new Body(builder.build().toByteArray(), description);
  }

  private String spoil(DynamicMessage.Builder builder, Descriptor type, String path) {
    FieldDescriptor field = type.getFields().get(random.nextInt(type.getFields().size()));
    String where = path + "." + field.getName();
    if (field.isMapField()) {
      return spoilMap(builder, field, where);
    }
    if (field.isRepeated()) {
      builder.clearField(field);
      if (random.nextBoolean()) {
        Object element = plausibleValue(field, 1);
        for (int i = 0; i < MANY; i++) {
          builder.addRepeatedField(field, element);
        }
        return where + " = 10,000 plausible elements";
      }
      Hostile value = hostileValue(field);
      builder.addRepeatedField(field, value.value());
      return where + " = [" + value.description() + "]";
    }
    if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
        && !field.getMessageType().getFields().isEmpty()
        && random.nextInt(3) > 0) {
      DynamicMessage.Builder nested = plausible(field.getMessageType(), 1);
      String description = spoil(nested, field.getMessageType(), where);
      builder.setField(field, nested.build());
      return description;
    }
    Hostile value = hostileValue(field);
    builder.setField(field, value.value());
    return where + " = " + value.description();
  }

  private String spoilMap(DynamicMessage.Builder builder, FieldDescriptor field, String where) {
    Descriptor entry = field.getMessageType();
    FieldDescriptor key = entry.findFieldByName("key");
    FieldDescriptor value = entry.findFieldByName("value");
    builder.clearField(field);
    if (random.nextBoolean()) {
      for (int i = 0; i < MANY; i++) {
        builder.addRepeatedField(
            field,
            DynamicMessage.newBuilder(entry)
                .setField(key, "K" + i)
                .setField(value, plausibleValue(value, 1))
                .build());
      }
      return where + " = 10,000 entries";
    }
    boolean spoilKey = random.nextBoolean();
    Hostile hostile = hostileValue(spoilKey ? key : value);
    builder.addRepeatedField(
        field,
        DynamicMessage.newBuilder(entry)
            .setField(key, spoilKey ? hostile.value() : "K")
            .setField(value, spoilKey ? plausibleValue(value, 1) : hostile.value())
            .build());
    return where + (spoilKey ? " key = " : " value = ") + hostile.description();
  }

  private record Hostile(Object value, String description) {}

  private Hostile hostileValue(FieldDescriptor field) {
    return switch (field.getJavaType()) {
      case STRING -> pick(STRINGS);
      case INT -> pick(INTS);
      case LONG -> pick(LONGS);
      case BOOLEAN -> new Hostile(random.nextBoolean(), "a boolean");
      case BYTE_STRING -> pick(bytes());
      case ENUM -> unknownEnum(field.getEnumType());
      case MESSAGE -> new Hostile(DynamicMessage.getDefaultInstance(field.getMessageType()), "{}");
      case FLOAT -> new Hostile(Float.NaN, "NaN");
      case DOUBLE -> new Hostile(Double.NEGATIVE_INFINITY, "-Infinity");
    };
  }

  private Hostile unknownEnum(EnumDescriptor type) {
    int number = random.nextBoolean() ? 99 : -1;
    return new Hostile(type.findValueByNumberCreatingIfUnknown(number), "enum value " + number);
  }

  private static final List<Supplier<Hostile>> STRINGS =
      List.of(
          () -> new Hostile("", "\"\""),
          () -> new Hostile("x".repeat(HUGE_CHARS), "1,000,000 characters"),
          () -> new Hostile("K".repeat(MANY), "10,000 characters"),
          () -> new Hostile("😀🦀".repeat(50), "emoji"),
          () -> new Hostile("\u202Egnp.exe", "right-to-left override"),
          () -> new Hostile("a\u0000b", "a NUL"),
          () -> new Hostile("line\nbreak\r", "control characters"),
          () -> new Hostile("a\uD800b", "a lone surrogate (sent as '?')"),
          () -> new Hostile("../../etc/passwd", "../../etc/passwd"),
          () -> new Hostile("My Service", "spaces and capitals"),
          () -> new Hostile("-1", "\"-1\""),
          () -> new Hostile("9223372036854775808", "a number past int64"),
          () -> new Hostile("process://", "process://"),
          () -> new Hostile("WRN-1-" + "0".repeat(64) + "-secret", "a token-shaped string"));

  private static final List<Supplier<Hostile>> INTS =
      List.of(
          () -> new Hostile(0, "0"),
          () -> new Hostile(-1, "-1"),
          () -> new Hostile(Integer.MAX_VALUE, "INT32_MAX"),
          () -> new Hostile(Integer.MIN_VALUE, "INT32_MIN"));

  private static final List<Supplier<Hostile>> LONGS =
      List.of(
          () -> new Hostile(0L, "0"),
          () -> new Hostile(-1L, "-1"),
          () -> new Hostile(Long.MAX_VALUE, "INT64_MAX"),
          () -> new Hostile(Long.MIN_VALUE, "INT64_MIN"));

  private List<Supplier<Hostile>> bytes() {
    return List.of(
        () -> new Hostile(ByteString.EMPTY, "no bytes"),
        () -> new Hostile(ByteString.copyFrom(randomBytes(FOUR_MIB)), "4 MiB of random bytes"),
        () -> new Hostile(ByteString.copyFrom(randomBytes(500 * 1024 + 1)), "500 KiB + 1"),
        () -> new Hostile(ByteString.copyFrom(randomBytes(1024)), "1 KiB of random bytes"),
        () ->
            new Hostile(
                ByteString.copyFromUtf8(
                    "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
                "a PEM with nothing in it"));
  }

  private Hostile pick(List<Supplier<Hostile>> choices) {
    return choices.get(random.nextInt(choices.size())).get();
  }

  private byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private DynamicMessage.Builder plausible(Descriptor type, int depth) {
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
    if (depth > 3) {
      return builder;
    }
    for (FieldDescriptor field : type.getFields()) {
      if (field.getRealContainingOneof() != null
          && builder.hasOneof(field.getRealContainingOneof())) {
        continue;
      }
      if (field.isMapField()) {
        Descriptor entry = field.getMessageType();
        builder.addRepeatedField(
            field,
            DynamicMessage.newBuilder(entry)
                .setField(entry.findFieldByName("key"), "team")
                .setField(
                    entry.findFieldByName("value"),
                    plausibleValue(entry.findFieldByName("value"), depth + 1))
                .build());
      } else if (field.isRepeated()) {
        builder.addRepeatedField(field, plausibleValue(field, depth + 1));
      } else {
        builder.setField(field, plausibleValue(field, depth + 1));
      }
    }
    return builder;
  }

  private Object plausibleValue(FieldDescriptor field, int depth) {
    return switch (field.getJavaType()) {
      case STRING -> plausibleString(field.getName());
      case INT -> 1;
      case LONG -> 1L;
      case BOOLEAN -> false;
      case BYTE_STRING -> ByteString.copyFromUtf8("fuzz");
      case ENUM -> field.getEnumType().getValues().getFirst();
      case MESSAGE -> plausible(field.getMessageType(), depth).build();
      case FLOAT -> 1.0f;
      case DOUBLE -> 1.0d;
    };
  }

  private static String plausibleString(String fieldName) {
    return switch (fieldName) {
      case "image" -> "nginx:1";
      case "role", "role_filter" -> "worker";
      case "path" -> "/";
      case "target", "mount_path" -> "/data";
      case "protocol" -> "tcp";
      case "scheme" -> "http";
      case "path_type" -> "Prefix";
      case "driver" -> "local";
      case "mode" -> "replicated";
      case "actual_state", "state" -> "running";
      default -> "fuzz";
    };
  }

  private static byte[] nestedGroups(int depth) {
    byte[] bytes = new byte[depth];
    for (int i = 0; i < depth; i++) {
      bytes[i] = 0x0b; // start group, field 1; never ended
    }
    return bytes;
  }
}
