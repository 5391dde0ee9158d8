package dev.warren.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of the hexagon, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "dev.warren", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonRulesTest {

  @ArchTest
  static final ArchRule dependenciesPointInward =
      onionArchitecture()
          .domainModels("dev.warren.domain.model..", "dev.warren.domain.error..")
          .domainServices(
              "dev.warren.domain.change..",
              "dev.warren.domain.port..",
              "dev.warren.domain.policy..")
          .applicationServices("dev.warren.application..")
          .adapter("grpc", "dev.warren.adapters.grpc..")
          .adapter("raft", "dev.warren.adapters.raft..")
          .adapter("storage", "dev.warren.adapters.storage..")
          .adapter("crypto", "dev.warren.adapters.crypto..")
          .adapter("process runtime", "dev.warren.adapters.runtime.process..")
          .adapter("containerd runtime", "dev.warren.adapters.runtime.containerd..")
          .adapter("probe", "dev.warren.adapters.probe..")
          .adapter("cli", "dev.warren.cli..")
          // The codec is the one shared format of the log and the store, not an adapter of its own.
          .ignoreDependency(
              resideInAPackage("dev.warren.adapters.."), resideInAPackage("dev.warren.codec.."))
          .ignoreDependency(
              resideInAPackage("dev.warren.codec.."), resideInAPackage("dev.warren.domain.."))
          // TLS material is JDK-only plumbing shared by the adapters that speak TLS.
          .ignoreDependency(
              resideInAPackage("dev.warren.adapters.."), resideInAPackage("dev.warren.tls.."))
          .ignoreDependency(
              resideInAPackage("dev.warren.cli.."), resideInAPackage("dev.warren.tls.."))
          .ignoreDependency(
              resideInAPackage("dev.warren.tls.."), resideInAPackage("dev.warren.domain.."))
          // Bootstrap is the composition root and testkit holds test doubles: both see everything.
          .ignoreDependency(resideInAPackage("dev.warren.bootstrap.."), alwaysTrue())
          .ignoreDependency(resideInAPackage("dev.warren.testkit.."), alwaysTrue())
          .ensureAllClassesAreContainedInArchitectureIgnoring(
              resideInAnyPackage(
                  "dev.warren.bootstrap..",
                  "dev.warren.testkit..",
                  "dev.warren.codec..",
                  "dev.warren.tls.."));

  @ArchTest
  static final ArchRule domainDependsOnlyOnTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.warren.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.warren.domain..");

  @ArchTest
  static final ArchRule codecDependsOnlyOnTheDomain =
      classes()
          .that()
          .resideInAPackage("dev.warren.codec..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.warren.domain..", "dev.warren.codec..");

  @ArchTest
  static final ArchRule tlsMaterialDependsOnlyOnTheJdkAndTheDomain =
      classes()
          .that()
          .resideInAPackage("dev.warren.tls..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "javax..", "dev.warren.domain..", "dev.warren.tls..");

  @ArchTest
  static final ArchRule applicationUsesNoAdapterOrLibrary =
      classes()
          .that()
          .resideInAPackage("dev.warren.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.warren.domain..", "dev.warren.application..");

  @ArchTest
  static final ArchRule ratisStaysInTheRaftAdapter =
      libraryConfinedTo("org.apache.ratis..", "dev.warren.adapters.raft..");

  @ArchTest
  static final ArchRule xodusStaysInTheStorageAdapter =
      libraryConfinedTo("jetbrains.exodus..", "dev.warren.adapters.storage..");

  @ArchTest
  static final ArchRule grpcStaysInTheGrpcAdapter =
      libraryConfinedTo(
          "io.grpc..", "dev.warren.adapters.grpc..", "dev.warren.adapters.runtime.containerd..");

  @ArchTest
  static final ArchRule protobufStaysInTheGrpcAdapter =
      libraryConfinedTo(
          "com.google.protobuf..",
          "dev.warren.adapters.grpc..",
          "dev.warren.adapters.runtime.containerd..");

  @ArchTest
  static final ArchRule bouncyCastleStaysInTheCryptoAdapter =
      libraryConfinedTo("org.bouncycastle..", "dev.warren.adapters.crypto..");

  @ArchTest
  static final ArchRule daggerStaysInBootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.warren.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..");

  @ArchTest
  static final ArchRule picocliStaysInTheCliAndBootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.warren.cli..", "dev.warren.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .as("only dev.warren.cli.. and dev.warren.bootstrap.. may use picocli..");

  @ArchTest
  static final ArchRule theCliDrivesUseCasesAndSeesNoTransportOrServer =
      classes()
          .that()
          .resideInAPackage("dev.warren.cli..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "javax..",
              "picocli..",
              "org.yaml.snakeyaml..",
              "dev.warren.domain..",
              "dev.warren.tls..",
              "dev.warren.cli..");

  @ArchTest
  static final ArchRule micrometerNeverInDomainOrApplication =
      noClasses()
          .that()
          .resideInAnyPackage("dev.warren.domain..", "dev.warren.application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.micrometer..");

  private static ArchRule libraryConfinedTo(String library, String... homes) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(homes)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(library)
        .as("only " + String.join(" and ", homes) + " may use " + library);
  }
}
