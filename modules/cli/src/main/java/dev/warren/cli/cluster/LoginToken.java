package dev.warren.cli.cluster;

import dev.warren.domain.error.InvalidSpecException;
import java.util.regex.Pattern;

/** The parts of a join token the CLI needs before it talks to anyone: the CA digest to pin. */
public record LoginToken(String caDigest) {
  // The version prefix of the tokens the manager issues (its JoinTokenVerifier); the command line
  // only reads tokens and may not depend on the application.
  private static final String PREFIX = "WRN-1-";
  private static final Pattern FORM =
      Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-fA-F]{64})-[^-\\s]+");

  /**
   * @throws InvalidSpecException if {@code token} is not {@code WRN-1-<64 hex>-<secret>}; the
   *     message never repeats the token
   */
  public static LoginToken parse(String token) {
    var matcher = FORM.matcher(token == null ? "" : token.strip());
    if (!matcher.matches()) {
      throw new InvalidSpecException(
          "--token is not a Warren join token: expected "
              + PREFIX
              + "<64 hex digits of the CA digest>-<secret>");
    }
    return new LoginToken(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
  }
}
