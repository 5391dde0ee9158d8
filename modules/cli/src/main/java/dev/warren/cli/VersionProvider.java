package dev.warren.cli;

import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link WarrenVersion}, for {@code warren --version} run on the module path. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return WarrenVersion.lines().toArray(String[]::new);
  }
}
