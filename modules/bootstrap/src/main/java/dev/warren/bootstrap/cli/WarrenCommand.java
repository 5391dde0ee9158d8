package dev.warren.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Placeholder root command. */
@Command(
    name = "warren",
    mixinStandardHelpOptions = true,
    versionProvider = WarrenCommand.Version.class,
    description = "Warren for the JVM: a container-orchestrator control plane.")
public final class WarrenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Reads the version the build recorded in the module descriptor or the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Module module = WarrenCommand.class.getModule();
      String version =
          module.getDescriptor() != null && module.getDescriptor().rawVersion().isPresent()
              ? module.getDescriptor().rawVersion().get()
              : WarrenCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "warren " + (version == null ? "unknown" : version),
        "JVM " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        module.isNamed() ? "module " + module.getName() : "on the class path"
      };
    }
  }
}
