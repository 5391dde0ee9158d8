package dev.warren.architecture;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.GeneralCodingRules;

/** General hygiene: no cycles, no stray console output, no generic exceptions, no JUL. */
@AnalyzeClasses(packages = "dev.warren", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

  @ArchTest
  static final ArchRule topLevelPartsAreCycleFree =
      slices().matching("dev.warren.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainModelAggregatesAreCycleFree =
      slices().matching("dev.warren.domain.model.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheCliWritesToTheConsole =
      ArchRuleDefinition.noClasses()
          .that()
          .resideOutsideOfPackages("dev.warren.cli..", "dev.warren.bootstrap")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule noGenericExceptions =
      ArchRuleDefinition.noClasses()
          .that()
          // protoc's generated map accessors throw plain RuntimeExceptions; not our code.
          .resideOutsideOfPackages(
              "dev.warren.adapters.grpc.proto..", "dev.warren.adapters.runtime.containerd.proto..")
          .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS);

  // The testkit may read what the JDK logger publishes (tests assert what a server logs); nothing
  // logs through it.
  @ArchTest
  static final ArchRule noJavaUtilLogging =
      ArchRuleDefinition.noClasses()
          .that()
          .resideOutsideOfPackage("dev.warren.testkit..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .because("Warren logs through System.Logger");

  @ArchTest static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule generatedProtobufStaysUnexported =
      ArchRuleDefinition.noClasses()
          .that()
          .resideOutsideOfPackage("dev.warren.adapters.grpc..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("dev.warren.adapters.grpc.proto.."));
}
