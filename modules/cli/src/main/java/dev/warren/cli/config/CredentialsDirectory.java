package dev.warren.cli.config;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.tls.ClientTlsIdentity;
import dev.warren.tls.PemFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's cluster credentials on disk: {@code ca.crt} (the cluster CA it trusts managers by),
 * {@code client.crt} and {@code client.key} (its own certificate and private key). The directory is
 * 0700 and every file 0600, since the key is the user's admin identity.
 *
 * <p>Files are written to a temporary name and renamed, key first and certificate last, so a reader
 * never sees a certificate without its key.
 */
public record CredentialsDirectory(Path root) {
  public static final String CA_FILE = "ca.crt";
  public static final String CERTIFICATE_FILE = "client.crt";
  public static final String KEY_FILE = "client.key";

  public CredentialsDirectory {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  /** Whether a client certificate is stored here (its key and the CA are then required too). */
  public boolean exists() {
    return Files.exists(root.resolve(CERTIFICATE_FILE));
  }

  /**
   * The stored credentials, or empty when there is no client certificate here.
   *
   * @throws FailedPreconditionException if the certificate is there but its key or the CA is not,
   *     or a file cannot be read
   */
  public Optional<ClientTlsIdentity> read() {
    if (!exists()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClientTlsIdentity(readFile(CERTIFICATE_FILE), readFile(KEY_FILE), readFile(CA_FILE)));
  }

  /**
   * Stores {@code credentials}, replacing what was there.
   *
   * @throws UncheckedIOException if the directory or a file cannot be written
   */
  public void write(ClientTlsIdentity credentials) {
    try {
      Files.createDirectories(root);
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
      writeFile(KEY_FILE, credentials.privateKeyPem());
      writeFile(CA_FILE, credentials.caCertificatePem());
      writeFile(CERTIFICATE_FILE, credentials.certificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write credentials into " + root, e);
    }
  }

  private String readFile(String name) {
    Path file = root.resolve(name);
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException missing) {
      throw new FailedPreconditionException(
          "incomplete credentials in "
              + root
              + ": "
              + name
              + " is missing; get new ones with 'warren cluster login'");
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "cannot read " + file + ": " + e.getMessage() + "; check its permissions", e);
    }
  }

  private void writeFile(String name, String pem) throws IOException {
    PemFiles.writePrivate(root, name, pem);
  }
}
