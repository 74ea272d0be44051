package io.wageguard.system;

import static io.wageguard.testsupport.TopicProbe.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wageguard.devstack.DevAccounts;
import io.wageguard.testsupport.TestCreditCodes;
import io.wageguard.testsupport.TopicProbe;
import io.wageguard.testsupport.TopicProbe.Seen;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query of every Grafana dashboard in infra/grafana/dashboards names metrics the running services
 * really expose on /actuator/prometheus (after some traffic, since counters appear on first use), and one
 * trace runs from a REST call through arrears-reporting and Kafka into alerting.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class DashboardMetricsSystemIT {

  static final String TAICANG = "320585";
  static final List<String> SERVICES = List.of("enterprise-registry", "arrears-reporting", "deposit-accounts",
      "alerting");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static TopicProbe probe;

  @BeforeAll
  static void startSystem() {
    probe = new TopicProbe(RunningSystem.get().kafkaClientProperties("admin"), "enterprise.events", "arrears.events", "alerts",
        "arrears.submissions-dlt");
  }

  @AfterAll
  static void closeProbe() throws InterruptedException {
    if (probe != null) {
      probe.close();
    }
  }

  @Test
  void everyDashboardQueryNamesAMetricTheServicesExpose() throws Exception {
    Map<String, Set<String>> wanted = dashboardMetrics();
    assertThat(wanted).as("dashboards found").containsKeys("wageguard-system.json", "wageguard-business.json");
    assertThat(wanted.values().stream().mapToInt(Set::size).sum()).isGreaterThan(20);

    // Business gauges exist from start, before any traffic.
    Set<String> atStart = exposedNames();
    assertThat(atStart).contains("wageguard_arrears_cases_open", "wageguard_alerts_open",
        "wageguard_alerts_unacknowledged_oldest_age_seconds", "wageguard_deposits_shortfall_amount",
        "wageguard_deposits_deadlines_missed_outstanding");

    generateTraffic();

    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
      Set<String> exposed = exposedNames();
      Map<String, Set<String>> missing = new TreeMap<>();
      wanted.forEach((dashboard, names) -> names.stream()
          .filter(name -> !isExposed(name, exposed))
          .forEach(name -> missing.computeIfAbsent(dashboard, d -> new TreeSet<>()).add(name)));
      assertThat(missing).as("dashboard metrics that no service exposes").isEmpty();
    });
  }

  @Test
  void oneTraceRunsFromRestThroughArrearsReportingAndKafkaIntoAlerting() throws Exception {
    String creditCode = registerEnterprise("苏州示范追踪电子有限公司");
    String traceId = randomHex(16);
    HttpResponse<String> opened = RunningSystem.get().client(DevAccounts.labourBureau(TAICANG))
        .withHeader("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
        .post("arrears-reporting", "/api/cases", caseRequest(UUID.randomUUID().toString(), creditCode));
    assertThat(opened.statusCode()).as(opened.body()).isIn(200, 201);

    Seen caseOpened = probe.await(ofType("wageguard.arrears.case-opened.v1").and(subject(creditCode)));
    assertThat(caseOpened.headers().get("traceparent")).startsWith("00-" + traceId + "-");
    assertThat(caseOpened.value().path("traceparent").asString()).startsWith("00-" + traceId + "-");

    // alerting consumed it within the trace and its own outbox carried the trace on.
    Seen alert = probe.await(Duration.ofSeconds(60), ofType("wageguard.alert.raised.v1").and(subject(creditCode))
        .and(seen -> seen.headers().getOrDefault("traceparent", "").startsWith("00-" + traceId + "-")));
    assertThat(alert.value().path("traceparent").asString()).startsWith("00-" + traceId + "-");
  }

  // ------------------------------------------------------------------ dashboards → metric names

  static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
      "offset", "bool", "and", "or", "unless", "inf", "nan");
  static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");

  /** Dashboard file → the metric names its panel and variable queries use. */
  static Map<String, Set<String>> dashboardMetrics() throws IOException {
    Path dir = repoRoot().resolve("infra/grafana/dashboards");
    Map<String, Set<String>> result = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        List<String> queries = new ArrayList<>();
        collectQueries(JSON.readTree(file.toFile()), queries);
        Set<String> names = new TreeSet<>();
        queries.forEach(query -> names.addAll(metricNames(query)));
        result.put(file.getFileName().toString(), names);
      }
    }
    return result;
  }

  private static void collectQueries(JsonNode node, List<String> queries) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("expr") && field.getValue().isString()) {
          queries.add(field.getValue().asString());
        } else if (field.getKey().equals("definition") && field.getValue().isString()) {
          queries.add(field.getValue().asString());
        } else {
          collectQueries(field.getValue(), queries);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectQueries(child, queries));
    }
  }

  /** The metric names of one PromQL expression (or a Grafana label_values(metric, label) query). */
  static Set<String> metricNames(String query) {
    Set<String> names = new TreeSet<>();
    Matcher labelValues = LABEL_VALUES.matcher(query);
    if (labelValues.find()) {
      names.add(labelValues.group(1));
      return names;
    }
    String stripped = query
        .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")   // string literals
        .replaceAll("\\{[^}]*}", " ")                        // label matchers
        .replaceAll("\\[[^]]*]", " ")                        // range selectors
        .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
    Matcher identifier = IDENTIFIER.matcher(stripped);
    while (identifier.find()) {
      String word = identifier.group();
      int after = identifier.end();
      while (after < stripped.length() && Character.isWhitespace(stripped.charAt(after))) {
        after++;
      }
      boolean isFunction = after < stripped.length() && stripped.charAt(after) == '(';
      boolean isNumberPart = identifier.start() > 0 && Character.isDigit(stripped.charAt(identifier.start() - 1));
      if (!isFunction && !isNumberPart && !PROMQL_WORDS.contains(word.toLowerCase())) {
        names.add(word);
      }
    }
    return names;
  }

  @Test
  void metricNamesAreReadFromPromql() {
    assertThat(metricNames("histogram_quantile(0.95, sum by (application, le) (rate(http_server_requests_seconds_bucket"
        + "{application=~\"$application\", status=~\"5..\"}[$__rate_interval])))"))
        .containsExactly("http_server_requests_seconds_bucket");
    assertThat(metricNames("sum by (a) (rate(x_sum{a=\"b\"}[1m])) / sum by (a) (rate(x_count[1m]))"))
        .containsExactly("x_count", "x_sum");
    assertThat(metricNames("label_values(wageguard_arrears_cases_open, jurisdiction)"))
        .containsExactly("wageguard_arrears_cases_open");
    assertThat(metricNames("max(up) > 1e3 and on (job) vector(1)")).containsExactly("up");
  }

  // ------------------------------------------------------------------ what the services expose

  static Set<String> exposedNames() throws Exception {
    Set<String> names = new TreeSet<>();
    for (String service : SERVICES) {
      HttpResponse<String> scrape = RunningSystem.get().client(DevAccounts.MONITORING)
          .get(service, "/actuator/prometheus");
      assertThat(scrape.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
      for (String line : scrape.body().split("\n")) {
        if (line.startsWith("# TYPE ")) {
          String[] parts = line.split(" ");
          names.add("#type:" + parts[2] + ":" + parts[3]);
        } else if (!line.isBlank() && !line.startsWith("#")) {
          int end = 0;
          while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
          }
          names.add(line.substring(0, end));
        }
      }
    }
    return names;
  }

  /** Exposed as a series, or a histogram/summary's _bucket/_count/_sum of a declared family. */
  static boolean isExposed(String name, Set<String> exposed) {
    if (exposed.contains(name)) {
      return true;
    }
    for (String suffix : List.of("_bucket", "_count", "_sum")) {
      if (name.endsWith(suffix)) {
        String family = name.substring(0, name.length() - suffix.length());
        if (exposed.contains("#type:" + family + ":histogram") || exposed.contains("#type:" + family + ":summary")) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ traffic

  /** Enough traffic that counters and timers exist: REST, events, a case, alerts, a rejection, a dead letter. */
  static void generateTraffic() throws Exception {
    String creditCode = registerEnterprise("太仓市示范仪表盘制造有限公司");
    HttpResponse<String> opened = RunningSystem.get().client(DevAccounts.labourBureau(TAICANG))
        .post("arrears-reporting", "/api/cases", caseRequest(UUID.randomUUID().toString(), creditCode));
    assertThat(opened.statusCode()).as(opened.body()).isIn(200, 201);

    probe.send("arrears.submissions", creditCode, "{not a CloudEvent, for the dead-letter counter");
    LocalDate today = RunningSystem.today();
    String invalidId = UUID.randomUUID().toString();
    probe.send("arrears.submissions", creditCode, """
        {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
         "subject":"%s","time":"2026-11-24T09:00:00+08:00","datacontenttype":"application/json",
         "data":{"creditCode":"%s","arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"1200",
         "workersAffected":0,"reporterRole":"UNION","reporter":"太仓市总工会"}}"""
        .formatted(invalidId, creditCode, creditCode, today.minusDays(1), today.toString().substring(0, 7)));

    probe.await(TopicProbe.onTopic("arrears.submissions-dlt").and(seen -> creditCode.equals(seen.key())));
    probe.await(ofType("wageguard.arrears.submission-rejected.v1")
        .and(seen -> invalidId.equals(seen.data().path("submissionId").asString())));
    probe.await(Duration.ofSeconds(60), ofType("wageguard.alert.raised.v1").and(subject(creditCode)));
  }

  static String registerEnterprise(String name) throws Exception {
    String creditCode = TestCreditCodes.random(TAICANG);
    HttpResponse<String> registered = RunningSystem.get().client(DevAccounts.ADMIN)
        .post("enterprise-registry", "/api/enterprises", """
        {"creditCode":"%s","name":"%s","legalRepresentative":"李明","address":"太仓市城厢镇示范路2号",
         "jurisdiction":"%s","sector":"PRODUCTION","premises":"LEASED","headcount":80,"hasOwnUnion":true}"""
        .formatted(creditCode, name, TAICANG));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    probe.await(ofType("wageguard.enterprise.registered.v1").and(subject(creditCode)));
    return creditCode;
  }

  /** Twelve workers unpaid since ten days ago: a case, its overdue TC-2 report, EW-1 and EW-2 alerts. */
  static String caseRequest(String submissionId, String creditCode) {
    LocalDate today = RunningSystem.today();
    return """
        {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],
         "amountOwed":"386400.00","workersAffected":12,"reporterRole":"LABOUR_BUREAU",
         "reporter":"太仓市劳动和社会保障局","reference":"TC-LB-2026-0999"}"""
        .formatted(submissionId, creditCode, TAICANG, today.minusDays(10),
            today.minusMonths(1).toString().substring(0, 7));
  }

  static java.util.function.Predicate<Seen> subject(String creditCode) {
    return seen -> seen.value() != null && creditCode.equals(seen.value().path("subject").asString());
  }

  static Path repoRoot() {
    return Path.of("").toAbsolutePath().getParent().getParent();
  }

  static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1;
    return HexFormat.of().formatHex(random);
  }
}
