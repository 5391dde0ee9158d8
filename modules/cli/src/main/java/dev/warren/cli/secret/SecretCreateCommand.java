package dev.warren.cli.secret;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code warren secret create NAME [FILE|-]}: creates a secret from a file or standard input and
 * prints its id. The content goes to the manager as is (binary is fine, up to 500 KiB); nothing of
 * it is ever printed.
 */
@Command(name = "create", description = "Create a secret from a file or standard input.")
public final class SecretCreateCommand extends ManagerOutputCommand {
  private static final String STDIN = "-";

  @Parameters(index = "0", paramLabel = "NAME", description = "Secret name.")
  String name;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "FILE|-",
      defaultValue = STDIN,
      description = "File holding the secret, or - to read standard input (the default).")
  String source;

  SecretCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    var request = new CreateSecretRequest(name, read());
    SecretMetadata created;
    try (ManagerClient manager = connect()) {
      created = manager.secrets().create(request);
    }
    // Like docker secret create, the table form is the new id.
    return printId(created, secret -> secret.id().value());
  }

  /** At most one byte over the limit is read, so a huge input is refused without holding it. */
  private Bytes read() {
    byte[] content;
    try {
      if (source.equals(STDIN)) {
        // Standard input belongs to the process: read it, never close it.
        content = readAtMostOverLimit(System.in);
      } else {
        try (InputStream in = Files.newInputStream(Path.of(source))) {
          content = readAtMostOverLimit(in);
        }
      }
    } catch (NoSuchFileException missing) {
      throw new ParameterException(
          spec.commandLine(), "cannot read secret data: no such file: " + source);
    } catch (IOException failure) {
      throw new ParameterException(
          spec.commandLine(),
          "cannot read secret data from "
              + (source.equals(STDIN) ? "standard input" : source)
              + ": "
              + failure.getMessage());
    }
    if (content.length > Secret.MAX_PLAINTEXT_BYTES) {
      throw new InvalidSpecException(
          "secret data from "
              + (source.equals(STDIN) ? "standard input" : source)
              + " is over the limit of 500 KiB ("
              + Secret.MAX_PLAINTEXT_BYTES
              + " bytes)");
    }
    return Bytes.of(content);
  }

  private static byte[] readAtMostOverLimit(InputStream in) throws IOException {
    return in.readNBytes(Secret.MAX_PLAINTEXT_BYTES + 1);
  }
}
