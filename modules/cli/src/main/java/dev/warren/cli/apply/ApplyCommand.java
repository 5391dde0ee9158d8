package dev.warren.cli.apply;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.cli.WarrenCommand;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.InvalidSpecException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warren apply -f FILE...}: makes the manager hold what the manifests describe, in three
 * phases so that a mistake anywhere changes nothing: read and validate every document, then plan
 * each resource against the manager (reads only), then create or update what differs. Resources are
 * applied kind by kind (secrets, volumes, services, ingresses), each kind in file order; one line
 * per resource says {@code created}, {@code updated} or {@code unchanged}. Applying the same
 * manifests again prints only {@code unchanged}.
 */
@Command(
    name = "apply",
    description = {
      "Create or update resources from YAML manifests (kind: Service, Secret, Volume, Ingress).",
      "Applying the same manifests again changes nothing. See docs/cli.md for the format."
    })
public final class ApplyCommand extends ManagerCommand {
  static final String STDIN = "-";

  @Option(
      names = {"-f", "--filename"},
      required = true,
      paramLabel = "FILE",
      description = "Manifest file, or - for standard input; repeatable.")
  List<String> files = new ArrayList<>();

  ApplyCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    List<Manifest<?>> manifests = readAll();
    PrintWriter out = out();
    try (ManagerClient manager = connect()) {
      var steps = new ArrayList<Step>(manifests.size());
      for (Manifest<?> manifest : manifests) {
        steps.add(plan(manifest, manager));
      }
      for (int i = 0; i < manifests.size(); i++) {
        Manifest<?> manifest = manifests.get(i);
        Step step = steps.get(i);
        try {
          step.action().run();
        } catch (DomainException failure) {
          throw located(manifest, failure);
        }
        out.println(manifest.label() + " " + step.change().name().toLowerCase(Locale.ROOT));
        out.flush();
      }
    }
    return ExitCodes.OK;
  }

  /** Every manifest of every file, checked for duplicates, in apply order. */
  private List<Manifest<?>> readAll() {
    if (files.stream().filter(STDIN::equals).count() > 1) {
      throw new InvalidSpecException("standard input (-f -) can be read only once");
    }
    var manifests = new ArrayList<Manifest<?>>();
    for (String file : files) {
      manifests.addAll(read(file));
    }
    if (manifests.isEmpty()) {
      throw new InvalidSpecException("no resources in " + String.join(", ", files));
    }
    var seen = new HashMap<String, Manifest<?>>();
    for (Manifest<?> manifest : manifests) {
      Manifest<?> earlier = seen.putIfAbsent(manifest.label(), manifest);
      if (earlier != null) {
        throw new InvalidSpecException(
            manifest.location()
                + ": "
                + manifest.label()
                + " is already defined at "
                + earlier.location());
      }
    }
    manifests.sort(Comparator.comparingInt(manifest -> ResourceKinds.applyOrder(manifest.kind())));
    return manifests;
  }

  private List<Manifest<?>> read(String file) {
    if (file.equals(STDIN)) {
      // Not closed: standard input belongs to the process.
      Reader stdin =
          new InputStreamReader(WarrenCommand.environmentOf(spec).stdin(), StandardCharsets.UTF_8);
      return ManifestReader.read("<stdin>", stdin, Path.of(""));
    }
    Path path = Path.of(file);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Path directory = path.toAbsolutePath().getParent();
      return ManifestReader.read(file, reader, directory);
    } catch (NoSuchFileException absent) {
      throw new InvalidSpecException("cannot read " + file + ": no such file");
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidSpecException("cannot read " + file + ": not UTF-8 text");
    } catch (IOException unreadable) {
      throw new InvalidSpecException("cannot read " + file + ": " + unreadable.getMessage());
    }
  }

  private static Step plan(Manifest<?> manifest, ManagerClient manager) {
    try {
      return manifest.plan(manager);
    } catch (DomainException failure) {
      throw located(manifest, failure);
    }
  }

  private static DomainException located(Manifest<?> manifest, DomainException failure) {
    return DomainException.of(failure.kind(), manifest.label() + ": " + failure.getMessage());
  }
}
