package dev.warren.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.warren.domain.error.DomainException;
import java.util.List;
import picocli.CommandLine.Command;

/** Names say what a class is: ports, their adapters, use cases and their handlers, commands. */
@AnalyzeClasses(packages = "dev.warren", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRulesTest {

  @ArchTest
  static final ArchRule useCasesAreInterfacesInPortIn =
      classes()
          .that()
          .haveSimpleNameEndingWith("UseCase")
          .should()
          .beInterfaces()
          .andShould()
          .resideInAPackage("dev.warren.domain.port.in");

  @ArchTest
  static final ArchRule drivenPortsAreInterfacesInPortOut =
      classes()
          .that()
          .haveSimpleNameEndingWith("Port")
          .should()
          .beInterfaces()
          .andShould()
          .resideInAPackage("dev.warren.domain.port.out");

  @ArchTest
  static final ArchRule portImplementationsAreAdapters =
      classes()
          .that()
          .implement(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Port"))
          .should()
          .haveSimpleNameEndingWith("Adapter");

  /**
   * Use-case implementations in the application are handlers named after what they implement
   * (XUseCase by XHandler), so a reader finds one from the other by name.
   */
  @ArchTest
  static final ArchRule useCaseImplementationsInTheApplicationAreHandlersNamedAfterTheirUseCase =
      classes()
          .that()
          .resideInAPackage("dev.warren.application..")
          .and()
          .implement(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("UseCase"))
          .should(beNamedAfterAUseCaseTheyImplement());

  private static ArchCondition<JavaClass> beNamedAfterAUseCaseTheyImplement() {
    return new ArchCondition<>("be named XHandler after the XUseCase they implement") {
      @Override
      public void check(JavaClass handler, ConditionEvents events) {
        List<String> expected =
            handler.getAllRawInterfaces().stream()
                .map(JavaClass::getSimpleName)
                .filter(name -> name.endsWith("UseCase"))
                .map(name -> name.substring(0, name.length() - "UseCase".length()) + "Handler")
                .toList();
        if (!expected.contains(handler.getSimpleName())) {
          events.add(
              SimpleConditionEvent.violated(
                  handler,
                  handler.getName()
                      + " implements a use case but is not named "
                      + String.join(" or ", expected)
                      + "; rename it after the use case it implements"));
        }
      }
    };
  }

  @ArchTest
  static final ArchRule requestsAreRecords =
      classes()
          .that()
          .resideInAPackage("dev.warren.domain.port.in")
          .and()
          .haveSimpleNameEndingWith("Request")
          .should()
          .beRecords();

  @ArchTest
  static final ArchRule commandsEndWithCommandAndLiveInCli =
      classes()
          .that()
          .areAnnotatedWith(Command.class)
          .should()
          .haveSimpleNameEndingWith("Command")
          .andShould()
          .resideInAPackage("dev.warren.cli..");

  @ArchTest
  static final ArchRule domainExceptionsShareOneRoot =
      classes()
          .that()
          .resideInAPackage("dev.warren.domain.error")
          .and()
          .areAssignableTo(RuntimeException.class)
          .should()
          .beAssignableTo(DomainException.class);

  @ArchTest
  static final ArchRule stateChangesAreRecords =
      classes().that().implement(dev.warren.domain.change.StateChange.class).should().beRecords();
}
