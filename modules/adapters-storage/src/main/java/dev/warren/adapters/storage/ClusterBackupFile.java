package dev.warren.adapters.storage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The file {@code warren cluster backup} writes and {@code warren cluster restore} reads: a header
 * (magic, format version, cluster id, the applied index the state was copied at), then named
 * sections (the CA certificate and key, the cluster data key, the state snapshot), each with its
 * length, and last a SHA-256 of everything before it. Nothing is trusted before the whole file has
 * been checked, so a truncated or altered file is refused as a whole.
 */
public final class ClusterBackupFile {
  /** The format this version writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The sections of a backup, in the order they are written. */
  public static final List<String> SECTIONS = List.of("ca.crt", "ca.key", "data.key", "state");

  private static final byte[] MAGIC = "WARREN-CLUSTER-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST_BYTES = 32;
  private static final int CLUSTER_ID_BYTES_MAX = 256;

  private ClusterBackupFile() {}

  /**
   * What a backup says about itself.
   *
   * @param appliedIndex the last log index applied to the state it holds
   */
  public record Header(int formatVersion, String clusterId, long appliedIndex) {
    public Header {
      Objects.requireNonNull(clusterId, "cluster id");
    }
  }

  /**
   * Writes a backup of {@code sections} (one file for each name in {@link #SECTIONS}) to {@code
   * out}, which is left open.
   *
   * @throws UncheckedIOException if a section cannot be read or the stream written
   */
  public static Header write(
      OutputStream out, String clusterId, long appliedIndex, Map<String, Path> sections) {
    if (!sections.keySet().equals(Set.copyOf(SECTIONS))) {
      throw new IllegalArgumentException(
          "a backup holds exactly the sections " + SECTIONS + ", not " + sections.keySet());
    }
    MessageDigest digest = sha256();
    try {
      var data = new DataOutputStream(new DigestOutputStream(out, digest));
      data.write(MAGIC);
      data.writeInt(FORMAT_VERSION);
      data.writeUTF(clusterId);
      data.writeLong(appliedIndex);
      data.writeInt(SECTIONS.size());
      for (String name : SECTIONS) {
        Path file = sections.get(name);
        data.writeUTF(name);
        data.writeLong(Files.size(file));
        Files.copy(file, data);
      }
      data.flush();
      out.write(digest.digest());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup: " + e.getMessage(), e);
    }
    return new Header(FORMAT_VERSION, clusterId, appliedIndex);
  }

  /**
   * Checks the whole file (structure, sections and checksum) without keeping anything.
   *
   * @throws IllegalArgumentException if it is not a complete, unaltered backup of this format
   * @throws UncheckedIOException if it cannot be read
   */
  public static Header verify(Path file) {
    return read(file, null);
  }

  /**
   * Checks the whole file, then writes each section to a file of its name in {@code directory}
   * (which must exist and hold none of them).
   *
   * @throws IllegalArgumentException if it is not a complete, unaltered backup of this format; no
   *     section is written then
   * @throws UncheckedIOException if it cannot be read or the sections written
   */
  public static Header extract(Path file, Path directory) {
    Header header = verify(file);
    read(file, directory);
    return header;
  }

  private static Header read(Path file, Path directory) {
    MessageDigest digest = sha256();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the backup " + file, e);
    }
    if (size < MAGIC.length + DIGEST_BYTES) {
      throw corrupt(file, "it is only " + size + " bytes long");
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      // The checksum is the last 32 bytes; everything before it is hashed as it is read.
      var body =
          new DataInputStream(new DigestInputStream(limited(raw, size - DIGEST_BYTES), digest));
      byte[] magic = body.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw corrupt(file, "it does not start as a warren cluster backup does");
      }
      int version = body.readInt();
      if (version != FORMAT_VERSION) {
        throw corrupt(
            file, "it is in format " + version + "; this warren reads format " + FORMAT_VERSION);
      }
      String clusterId = body.readUTF();
      if (clusterId.isEmpty() || clusterId.length() > CLUSTER_ID_BYTES_MAX) {
        throw corrupt(file, "its cluster id is malformed");
      }
      long appliedIndex = body.readLong();
      int count = body.readInt();
      if (count != SECTIONS.size()) {
        throw corrupt(file, "it holds " + count + " sections, not " + SECTIONS.size());
      }
      for (String expected : SECTIONS) {
        String name = body.readUTF();
        long length = body.readLong();
        if (!name.equals(expected) || length < 0) {
          throw corrupt(file, "section " + expected + " is missing or malformed");
        }
        if (directory == null) {
          // Read, not skipped: skipped bytes would not be hashed.
          if (copy(body, OutputStream.nullOutputStream(), length) != length) {
            throw corrupt(file, "it ends inside section " + name);
          }
        } else {
          try (OutputStream out =
              Files.newOutputStream(directory.resolve(name), StandardOpenOption.CREATE_NEW)) {
            if (copy(body, out, length) != length) {
              throw corrupt(file, "it ends inside section " + name);
            }
          }
        }
      }
      if (body.read() != -1) {
        throw corrupt(file, "it has bytes after its last section");
      }
      byte[] expected = raw.readNBytes(DIGEST_BYTES);
      if (!MessageDigest.isEqual(expected, digest.digest())) {
        throw corrupt(file, "its SHA-256 checksum does not match its contents");
      }
      return new Header(version, clusterId, appliedIndex);
    } catch (EOFException e) {
      throw corrupt(file, "it ends early (truncated)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the backup " + file, e);
    }
  }

  private static InputStream limited(InputStream in, long length) {
    return new InputStream() {
      private long left = length;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = in.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(count, left));
        if (read > 0) {
          left -= read;
        }
        return read;
      }
    };
  }

  private static long copy(InputStream in, OutputStream out, long length) throws IOException {
    var buffer = new byte[64 * 1024];
    long copied = 0;
    while (copied < length) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, length - copied));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      copied += read;
    }
    return copied;
  }

  private static IllegalArgumentException corrupt(Path file, String why) {
    return new IllegalArgumentException(
        file + " is not a usable warren cluster backup: " + why + "; take a new backup");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
