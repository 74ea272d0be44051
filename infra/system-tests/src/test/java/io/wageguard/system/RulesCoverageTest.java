package io.wageguard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule id of RULES.md is driven end to end by at least one rule suite test ({@code Rules*SystemIT}) whose
 * {@code @DisplayName} starts with it, so coverage cannot silently regress. Runs without the system.
 */
class RulesCoverageTest {

  /**
   * The rule ids of {@code shared/domain/RULES.md} (outside this repository): P-1..P-6, TC-1..TC-8 with TC-2a,
   * TC-2b and the TC-3 clauses the early-warning table cites (TC-3b, TC-3c), HT-1..HT-7, M-1..M-3, EW-1..EW-9.
   * Add an id here when RULES.md gains one.
   */
  static final List<String> RULE_IDS = List.of(
      "P-1", "P-2", "P-3", "P-4", "P-5", "P-6",
      "TC-1", "TC-2", "TC-2a", "TC-2b", "TC-3", "TC-3b", "TC-3c", "TC-4", "TC-5", "TC-6", "TC-7", "TC-8",
      "HT-1", "HT-2", "HT-3", "HT-4", "HT-5", "HT-6", "HT-7",
      "M-1", "M-2", "M-3",
      "EW-1", "EW-2", "EW-3", "EW-4", "EW-5", "EW-6", "EW-7", "EW-8", "EW-9");

  /** The rule ids a display name starts with: "TC-4, P-5, EW-7: …" names TC-4, P-5 and EW-7. */
  private static final Pattern LEADING_IDS = Pattern.compile("^((?:(?:P|TC|HT|M|EW)-[0-9]+[a-d]?)(?:, *)?)+:");
  private static final Pattern RULE_ID = Pattern.compile("(?:P|TC|HT|M|EW)-[0-9]+[a-d]?");

  @Test
  void everyRuleIdIsNamedByARuleSuiteTest() throws Exception {
    List<Class<?>> suites = suiteClasses();
    assertThat(suites).extracting(Class::getSimpleName).contains("RulesPeriodsAndMoneySystemIT",
        "RulesTaicangSystemIT", "RulesHighTechZoneSystemIT", "RulesEarlyWarningSystemIT");

    Set<String> named = new TreeSet<>();
    for (Class<?> suite : suites) {
      for (Method method : suite.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          DisplayName displayName = method.getAnnotation(DisplayName.class);
          assertThat(displayName).as("%s.%s has a @DisplayName", suite.getSimpleName(), method.getName()).isNotNull();
          named.addAll(leadingRuleIds(displayName.value()));
        }
      }
    }
    assertThat(RULE_IDS).as("rule ids no rule suite test names").allSatisfy(id -> assertThat(named).contains(id));
    assertThat(named).as("ids named by tests but not in RULES.md's list").isSubsetOf(RULE_IDS);
  }

  @Test
  void leadingRuleIdsAreReadUpToTheColon() {
    assertThat(leadingRuleIds("TC-4, P-5, EW-7: the deposit is due 2026-10-08 (P-3)"))
        .containsExactly("TC-4", "P-5", "EW-7");
    assertThat(leadingRuleIds("the deposit is due (TC-4)")).isEmpty();
  }

  static List<String> leadingRuleIds(String displayName) {
    Matcher prefix = LEADING_IDS.matcher(displayName);
    List<String> ids = new ArrayList<>();
    if (prefix.find()) {
      Matcher id = RULE_ID.matcher(prefix.group());
      while (id.find()) {
        ids.add(id.group());
      }
    }
    return ids;
  }

  /** The rule suites: every class of this package named Rules*SystemIT on the test class path. */
  private static List<Class<?>> suiteClasses() throws URISyntaxException, ClassNotFoundException {
    Path here = Path.of(RulesCoverageTest.class.getResource("RulesCoverageTest.class").toURI()).getParent();
    List<Class<?>> suites = new ArrayList<>();
    try (Stream<Path> files = Files.list(here)) {
      for (String name : files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("Rules") && n.endsWith("SystemIT.class")).sorted().toList()) {
        // Not initialised: a suite's static fixture would start the whole system.
        suites.add(Class.forName(RulesCoverageTest.class.getPackageName() + "." + name.replace(".class", ""),
            false, RulesCoverageTest.class.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return suites;
  }
}
