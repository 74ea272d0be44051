package io.wageguard.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps a service's domain pure: no Spring, no MongoDB, no Kafka, no Jackson, no servlet — rules only,
 * so they are unit-tested in milliseconds and read like RULES.md. Call from one test per service.
 *
 * <p>For the services still in their old layout ({@code api}, {@code persistence}, {@code messaging}); a service
 * moved to the house layout of issue 15 calls {@link HouseRules#verify(String)} instead, which holds this and more.
 */
public final class DomainPurity {

  private DomainPurity() {}

  public static void verify(String servicePackage) {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(servicePackage);
    noClasses().that().resideInAPackage(servicePackage + ".domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
            "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.persistence..",
            servicePackage + ".api..", servicePackage + ".persistence..", servicePackage + ".messaging..")
        .because("the domain holds the rules (RULES.md) and nothing else; adapters stay outside it")
        .check(classes);
  }
}
