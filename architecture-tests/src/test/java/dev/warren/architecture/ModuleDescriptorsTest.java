package dev.warren.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the compiled module descriptors, so the JPMS rules hold for what actually ships. */
class ModuleDescriptorsTest {

  private static ModuleDescriptor descriptor(String moduleFolder) throws IOException {
    Path file = Path.of("..", "modules", moduleFolder, "target", "classes", "module-info.class");
    assertThat(file).as("compiled descriptor of %s", moduleFolder).exists();
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Set<String> requiredModules(ModuleDescriptor descriptor) {
    return descriptor.requires().stream()
        .filter(requires -> !requires.modifiers().contains(Requires.Modifier.MANDATED))
        .map(Requires::name)
        .collect(Collectors.toSet());
  }

  @Test
  void domainRequiresOnlyTheBaseModule() throws IOException {
    ModuleDescriptor domain = descriptor("domain");

    assertThat(domain.name()).isEqualTo("dev.warren.domain");
    assertThat(requiredModules(domain)).isEmpty();
    assertThat(domain.isOpen()).isFalse();
    assertThat(domain.opens()).isEmpty();
  }

  @Test
  void applicationRequiresOnlyTheDomain() throws IOException {
    assertThat(requiredModules(descriptor("application"))).containsExactly("dev.warren.domain");
  }

  @ParameterizedTest
  @CsvSource({
    "adapters-storage, dev.warren.adapters.storage",
    "adapters-raft, dev.warren.adapters.raft",
    "adapters-grpc, dev.warren.adapters.grpc",
    "adapters-crypto, dev.warren.adapters.crypto",
    "adapters-runtime-process, dev.warren.adapters.runtime.process",
    "adapters-runtime-containerd, dev.warren.adapters.runtime.containerd",
    "adapters-probe, dev.warren.adapters.probe"
  })
  void adaptersExportOnlyTheirEntryPackageAndNeverSeeEachOther(String folder, String name)
      throws IOException {
    ModuleDescriptor adapter = descriptor(folder);

    assertThat(adapter.name()).isEqualTo(name);
    assertThat(adapter.exports()).extracting(Exports::source).containsExactly(name);
    assertThat(adapter.opens()).isEmpty();
    assertThat(requiredModules(adapter))
        .contains("dev.warren.domain")
        .noneMatch(required -> required.startsWith("dev.warren.adapters"))
        .doesNotContain("dev.warren.application", "dev.warren.bootstrap");
  }

  @Test
  void onlyTheCliOpensPackagesAndOnlyToPicocli() throws IOException {
    ModuleDescriptor cli = descriptor("cli");

    assertThat(cli.name()).isEqualTo("dev.warren.cli");
    assertThat(cli.opens()).isNotEmpty();
    assertThat(cli.opens())
        .allSatisfy(opens -> assertThat(opens.targets()).containsExactly("info.picocli"));
    assertThat(descriptor("bootstrap").opens()).isEmpty();
    assertThat(descriptor("bootstrap").exports()).isEmpty();
  }

  @Test
  void theCliRequiresNoTransportAdapterOrServerPart() throws IOException {
    assertThat(requiredModules(descriptor("cli")))
        .contains("dev.warren.domain", "info.picocli")
        .noneMatch(required -> required.startsWith("io.grpc"))
        .noneMatch(required -> required.startsWith("com.google.protobuf"))
        .noneMatch(required -> required.startsWith("dev.warren.adapters"))
        .doesNotContain("dev.warren.application", "dev.warren.bootstrap", "dagger");
  }

  @Test
  void onlyTheGrpcAdapterReadsGrpc() throws IOException {
    for (String folder : new String[] {"bootstrap", "cli", "application", "domain", "tls"}) {
      assertThat(requiredModules(descriptor(folder)))
          .as("modules %s requires", folder)
          .noneMatch(required -> required.startsWith("io.grpc"));
    }
  }
}
