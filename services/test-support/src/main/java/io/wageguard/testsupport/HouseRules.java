package io.wageguard.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one house every service lives in (issue 15), under {@code io.wageguard.<service>}:
 * <pre>
 * domain/          pure rules: no Spring, no I/O, no Jackson/Mongo/Kafka, no web types; of the chassis only its
 *                  time rules (chassis.time) and its refusals (chassis.rules: RuleBroken, Violation, NotFound, …)
 * application/     use cases; depends on the domain, the chassis' non-web parts (chassis.rules among them) and its
 *                  own ports (interfaces)
 * adapter/rest/    controllers, requests and responses, errors mapped to problems
 * adapter/kafka/   listeners, CloudEvent ↔ domain mappers (incoming and outgoing)
 * adapter/mongo/   documents, stores, document ↔ domain mappers
 * config/          Spring wiring, properties, access policy, scheduling, metrics
 * </pre>
 * Only {@code config} and the {@code *Application} class may depend on everything; an adapter never depends on
 * another adapter; no two slices (the three adapters counted apart) depend on each other in a cycle. Call
 * {@link #verify(String)} from one test per service.
 */
public final class HouseRules {

  public static final String DOMAIN = "domain";
  public static final String APPLICATION = "application";
  public static final String CONFIG = "config";
  public static final List<String> ADAPTERS = List.of("adapter.rest", "adapter.kafka", "adapter.mongo");

  /** Never in the domain: frameworks, I/O technologies and web types. */
  static final List<String> NOT_IN_DOMAIN = List.of(
      "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
      "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.persistence..", "jakarta.ws.rs..",
      "jakarta.validation..", "java.net.http..", "java.sql..", "io.micrometer..");

  static final String CHASSIS = "io.wageguard.chassis..";

  /**
   * The only parts of the chassis a domain may use, both pure Java: the time rules (working days, periods, deadlines)
   * and the one vocabulary of refusals (a broken rule with its violations, not found, outside jurisdiction,
   * conflict). Everything else of the chassis (web, events, kafka, mongo, outbox, security, …) is an adapter's.
   */
  public static final List<String> CHASSIS_IN_DOMAIN = List.of("io.wageguard.chassis.time..",
      "io.wageguard.chassis.rules..");

  /**
   * Never in the application: what adapters are made of. It calls them through ports it declares; Spring's
   * stereotypes, data-access exceptions, the chassis' caller, events and clock are fine.
   */
  static final List<String> NOT_IN_APPLICATION = List.of(
      "org.springframework.web..", "org.springframework.http..", "org.springframework.data.mongodb..",
      "org.springframework.kafka..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "jakarta.servlet..",
      "jakarta.ws.rs..", "java.net.http..", "io.wageguard.chassis.web..", "io.wageguard.chassis.kafka..",
      "io.wageguard.chassis.mongo..", "io.wageguard.chassis.outbox..");

  private HouseRules() {}

  public static void verify(String servicePackage) {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(servicePackage);
    verify(servicePackage, classes);
  }

  /** The same rules over classes imported by the caller (e.g. a test's own fixtures). */
  public static void verify(String servicePackage, JavaClasses classes) {
    rules(servicePackage).check(classes);
  }

  public static ArchRule rules(String servicePackage) {
    List<ArchRule> rules = new ArrayList<>();
    String domain = servicePackage + "." + DOMAIN + "..";
    String application = servicePackage + "." + APPLICATION + "..";
    String config = servicePackage + "." + CONFIG + "..";
    List<String> adapters = ADAPTERS.stream().map(adapter -> servicePackage + "." + adapter + "..").toList();

    rules.add(classes().that().resideInAPackage(servicePackage + "..")
        .and().resideOutsideOfPackages(Stream.concat(Stream.of(domain, application, config), adapters.stream())
            .toArray(String[]::new))
        .should().resideInAPackage(servicePackage).andShould().haveSimpleNameEndingWith("Application")
        .because("every class has its room: domain, application, adapter.rest|kafka|mongo or config (issue 15)"));

    rules.add(noClasses().that().resideInAPackage(domain)
        .should().dependOnClassesThat().resideInAnyPackage(concat(List.of(servicePackage, application, config),
            adapters, NOT_IN_DOMAIN))
        .because("the domain holds the rules (RULES.md) and nothing else: no other slice, framework, I/O or web")
        .allowEmptyShould(true));

    rules.add(noClasses().that().resideInAPackage(domain)
        .should().dependOnClassesThat(resideInAPackage(CHASSIS)
            .and(not(resideInAnyPackage(CHASSIS_IN_DOMAIN.toArray(String[]::new)))))
        .because("of the chassis the domain uses only its time rules and its refusals " + CHASSIS_IN_DOMAIN)
        .allowEmptyShould(true));

    rules.add(noClasses().that().resideInAPackage(application)
        .should().dependOnClassesThat().resideInAnyPackage(concat(List.of(servicePackage, config), adapters,
            NOT_IN_APPLICATION))
        .because("the application coordinates the domain and reaches adapters only through the ports it declares")
        .allowEmptyShould(true));

    for (String adapter : adapters) {
      List<String> others = new ArrayList<>(adapters);
      others.remove(adapter);
      rules.add(noClasses().that().resideInAPackage(adapter)
          .should().dependOnClassesThat().resideInAnyPackage(concat(List.of(servicePackage, config), others))
          .because("an adapter serves the application; adapters never call each other, config wires them")
          .allowEmptyShould(true));
    }

    rules.add(slices().assignedFrom(slicesOf(servicePackage)).should().beFreeOfCycles()
        .as("the slices of " + servicePackage + " (adapter.rest, adapter.kafka, adapter.mongo apart) have no cycle"));

    return CompositeArchRule.of(rules);
  }

  @SafeVarargs
  private static String[] concat(List<String>... lists) {
    return Stream.of(lists).flatMap(List::stream).toArray(String[]::new);
  }

  /** One slice per top-level package, except that each adapter (adapter.rest, …) is a slice of its own. */
  static SliceAssignment slicesOf(String servicePackage) {
    String prefix = servicePackage + ".";
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(prefix)) {
          return SliceIdentifier.ignore();
        }
        String[] parts = pkg.substring(prefix.length()).split("\\.");
        return parts[0].equals("adapter") && parts.length > 1
            ? SliceIdentifier.of("adapter." + parts[1])
            : SliceIdentifier.of(parts[0]);
      }

      @Override
      public String getDescription() {
        return "the top-level packages of " + servicePackage + ", each adapter apart";
      }
    };
  }
}
