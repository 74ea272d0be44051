package io.wageguard.registry.it;

import static io.wageguard.registry.it.RegistryFixtures.HIGH_TECH_ZONE;
import static io.wageguard.registry.it.RegistryFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.registry.TestCodes;
import io.wageguard.registry.application.EnterpriseEvents;
import io.wageguard.registry.application.EnterpriseImport;
import io.wageguard.registry.application.EnterpriseService;
import io.wageguard.registry.application.Enterprises;
import io.wageguard.registry.domain.Grade;
import io.wageguard.testsupport.ContractAssertions;
import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Today is 2026-03-16 (RegistryTestClock). */
@ServiceIntegrationTest
@Import(RegistryTestClock.class)
class HistoryAndImportIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("enterprise.events");
  @LocalServerPort int port;
  @Autowired Enterprises store;
  @Autowired EnterpriseService service;
  @Autowired EnterpriseEvents factory;
  @Autowired MongoTemplate mongo;
  /** Suzhou city's labour bureau: covers every district these tests use. */
  ServiceHttp http;

  @BeforeEach
  void client() {
    http = RegistryFixtures.cityBureau(port);
  }

  static String catering(String code, String since) {
    return """
        {"creditCode":"%s","name":"苏州高新区禾丰餐饮管理有限公司","legalRepresentative":"沈丽萍",
         "address":"江苏省苏州市高新区狮山路199号","jurisdiction":"320505","sector":"CATERING",
         "premises":"LEASED","headcount":46,"hasOwnUnion":false,"effectiveDate":"%s"}""".formatted(code, since);
  }

  List<TopicProbe.Seen> eventsOf(String code) {
    return probe.all(s -> code.equals(s.key()));
  }

  /** Waits until exactly {@code count} events of the enterprise were published, and stay so. */
  void expectEvents(String code, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(code).size() >= count);
    Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
        .until(() -> eventsOf(code).size() == count);
  }

  @Test
  void everyChangeIsAnEventOfTheCatalogueAndAsOfAnswersWhatWasTrueThen() {
    String code = TestCodes.random("320505");
    String base = "/api/enterprises/" + code;
    ServiceHttp zone = RegistryFixtures.as(port, "zone-labour-dept", "LABOUR_BUREAU", HIGH_TECH_ZONE);
    ServiceHttp zoneUnion = RegistryFixtures.as(port, "union-hightech", "UNION", HIGH_TECH_ZONE);
    assertThat(RegistryFixtures.as(port, "bureau", "LABOUR_BUREAU", HIGH_TECH_ZONE)
        .post("/api/enterprises", catering(code, "2024-01-01")).statusCode()).isEqualTo(201);

    HttpResponse<String> moved = zone.patch(base, "{\"premises\":\"OWNED\",\"effectiveDate\":\"2025-09-01\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(http.post(base + "/payroll",
        "{\"kind\":\"ANNUAL\",\"period\":\"2024\",\"totalWages\":5200000,\"effectiveDate\":\"2025-01-20\"}").statusCode())
        .isEqualTo(200);
    assertThat(http.post(base + "/payroll",
        "{\"kind\":\"MONTHLY\",\"period\":\"2026-02\",\"totalWages\":\"433333.33\"}").statusCode()).isEqualTo(200);
    assertThat(http.post(base + "/ratings", "{\"year\":2024,\"grade\":\"A\",\"effectiveDate\":\"2025-03-10\"}")
        .statusCode()).isEqualTo(200);
    assertThat(http.post(base + "/ratings", "{\"year\":2025,\"grade\":\"A\",\"effectiveDate\":\"2026-03-10\"}")
        .statusCode()).isEqualTo(200);
    assertThat(zoneUnion.post(base + "/designations",
        "{\"year\":2024,\"harmonious\":true,\"effectiveDate\":\"2025-02-01\"}").statusCode()).isEqualTo(200);
    HttpResponse<String> closed = zone.post(base + "/status",
        "{\"status\":\"CLOSED\",\"effectiveDate\":\"2026-03-01\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

    expectEvents(code, 8);
    List<TopicProbe.Seen> events = eventsOf(code);
    events.forEach(ContractAssertions::assertConforms);
    assertThat(events).extracting(TopicProbe.Seen::type).containsExactly(
        "wageguard.enterprise.registered.v1", "wageguard.enterprise.profile-changed.v1",
        "wageguard.enterprise.payroll-declared.v1", "wageguard.enterprise.payroll-declared.v1",
        "wageguard.enterprise.rating-recorded.v1", "wageguard.enterprise.rating-recorded.v1",
        "wageguard.enterprise.designation-recorded.v1", "wageguard.enterprise.status-changed.v1");
    assertThat(events).extracting(s -> s.data().path("version").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(events.get(1).data().path("changed").path("premises").asString()).isEqualTo("OWNED");
    assertThat(events.get(2).data().path("totalWages").asString()).isEqualTo("5200000.00");
    assertThat(events.get(7).data().path("status").asString()).isEqualTo("CLOSED");
    assertThat(events.get(7).data().path("premises").asString()).as("current snapshot").isEqualTo("OWNED");

    JsonNode mid2025 = json(http.get(base + "?asOf=2025-06-30"));
    assertThat(mid2025.path("asOf").asString()).isEqualTo("2025-06-30");
    assertThat(mid2025.path("profile").path("premises").asString()).isEqualTo("LEASED");
    assertThat(mid2025.path("profile").path("status").asString()).isEqualTo("ACTIVE");
    assertThat(mid2025.path("profile").path("headcount").asInt()).isEqualTo(46);
    assertThat(texts(mid2025.path("ratings"), "year")).containsExactly("2024");
    assertThat(texts(mid2025.path("payroll"), "period")).containsExactly("2024");
    assertThat(texts(mid2025.path("designations"), "year")).containsExactly("2024");
    assertThat(texts(mid2025.path("history"), "change"))
        .containsExactly("REGISTERED", "PAYROLL_DECLARED", "RATING_RECORDED", "DESIGNATION_RECORDED");

    JsonNode now = json(http.get(base));
    assertThat(now.path("version").asInt()).isEqualTo(8);
    assertThat(now.path("profile").path("premises").asString()).isEqualTo("OWNED");
    assertThat(now.path("profile").path("status").asString()).isEqualTo("CLOSED");
    assertThat(now.path("profile").path("since").asString()).isEqualTo("2026-03-01");
    assertThat(texts(now.path("ratings"), "grade")).containsExactly("A", "A");
    assertThat(texts(now.path("payroll"), "totalWages")).containsExactly("5200000.00", "433333.33");
    JsonNode history = now.path("history");
    assertThat(history).hasSize(8);
    assertThat(history.get(0).path("actor").asString()).isEqualTo("bureau");
    assertThat(history.get(1).path("actor").asString()).isEqualTo("zone-labour-dept");
    assertThat(history.get(1).path("details").path("premises").asString()).isEqualTo("OWNED");
    assertThat(history.get(2).path("actor").asString()).isEqualTo("labour-bureau-suzhou");
    assertThat(history.get(6).path("actor").asString()).isEqualTo("union-hightech");
    assertThat(history.get(7).path("at").asString()).isEqualTo("2026-03-16T02:00:00Z");

    assertThat(http.get(base + "?asOf=2023-12-31").statusCode()).isEqualTo(404);

    // The same facts again change nothing and emit nothing.
    assertThat(json(http.post(base + "/ratings", "{\"year\":2025,\"grade\":\"A\"}")).path("version").asInt())
        .isEqualTo(8);
    assertThat(json(http.patch(base, "{\"premises\":\"OWNED\"}")).path("version").asInt()).isEqualTo(8);
    expectEvents(code, 8);
  }

  @Test
  void invalidChangesAreProblemsNamingTheFieldAndChangeNothing() {
    String code = TestCodes.random("320505");
    String base = "/api/enterprises/" + code;
    assertThat(http.post("/api/enterprises", catering(code, "2025-01-01")).statusCode()).isEqualTo(201);

    HttpResponse<String> future = http.patch(base, "{\"headcount\":50,\"effectiveDate\":\"2026-03-17\"}");
    assertThat(future.statusCode()).isEqualTo(422);
    assertThat(future.body()).contains("\"field\":\"effectiveDate\"").contains("\"rule\":\"P-1\"");

    HttpResponse<String> period = http.post(base + "/payroll",
        "{\"kind\":\"ANNUAL\",\"period\":\"2025-13\",\"totalWages\":\"1.00\"}");
    assertThat(period.statusCode()).isEqualTo(422);
    assertThat(period.body()).contains("\"field\":\"period\"");

    HttpResponse<String> fen = http.post(base + "/payroll",
        "{\"kind\":\"MONTHLY\",\"period\":\"2026-02\",\"totalWages\":\"12.345\"}");
    assertThat(fen.statusCode()).isEqualTo(422);
    assertThat(fen.body()).contains("\"field\":\"totalWages\"").contains("\"rule\":\"M-1\"");

    HttpResponse<String> grade = http.post(base + "/ratings", "{\"year\":2025,\"grade\":\"E\"}");
    assertThat(grade.statusCode()).isEqualTo(400);
    assertThat(grade.body()).contains("\"field\":\"grade\"");

    HttpResponse<String> jurisdiction = http.patch(base, "{\"jurisdiction\":\"320599\"}");
    assertThat(jurisdiction.statusCode()).isEqualTo(422);
    assertThat(jurisdiction.body()).contains("\"field\":\"jurisdiction\"");

    assertThat(http.post("/api/enterprises/" + TestCodes.random() + "/status", "{\"status\":\"CLOSED\"}")
        .statusCode()).isEqualTo(404);
    assertThat(json(http.get(base)).path("version").asInt()).isEqualTo(1);
    expectEvents(code, 1);
  }

  @Test
  void searchFiltersByJurisdictionSectorPremisesStatusAndRatingWithPaging() {
    // Wujiang (320509) is used by this test only.
    String a = TestCodes.random("320509");
    String b = TestCodes.random("320509");
    String c = TestCodes.random("320509");
    assertThat(http.post("/api/enterprises", RegistryFixtures.registration(a, "320509", "LEASED", 30)).statusCode())
        .isEqualTo(201);
    assertThat(http.post("/api/enterprises", RegistryFixtures.registration(b, "320509", "OWNED", 300)).statusCode())
        .isEqualTo(201);
    assertThat(http.post("/api/enterprises", RegistryFixtures.registration(c, "320509", "LEASED", 25)).statusCode())
        .isEqualTo(201);
    http.post("/api/enterprises/" + a + "/ratings", "{\"year\":2025,\"grade\":\"A\"}");
    http.post("/api/enterprises/" + c + "/ratings", "{\"year\":2024,\"grade\":\"A\"}");
    http.post("/api/enterprises/" + c + "/ratings", "{\"year\":2025,\"grade\":\"C\"}");
    http.post("/api/enterprises/" + b + "/status", "{\"status\":\"RELOCATED\"}");

    assertThat(codes(json(http.get("/api/enterprises?jurisdiction=320509&premises=LEASED"))))
        .containsExactlyInAnyOrder(a, c);
    assertThat(codes(json(http.get("/api/enterprises?jurisdiction=320509&status=RELOCATED")))).containsExactly(b);
    assertThat(codes(json(http.get("/api/enterprises?jurisdiction=320509&rating=A")))).containsExactly(a);
    assertThat(codes(json(http.get("/api/enterprises?jurisdiction=320509&rating=A&ratingYear=2024"))))
        .containsExactly(c);
    assertThat(codes(json(http.get("/api/enterprises?jurisdiction=320509&sector=CATERING")))).isEmpty();

    JsonNode first = json(http.get("/api/enterprises?jurisdiction=320509&sector=PRODUCTION&size=2&page=0"));
    JsonNode second = json(http.get("/api/enterprises?jurisdiction=320509&sector=PRODUCTION&size=2&page=1"));
    assertThat(first.path("totalElements").asInt()).isEqualTo(3);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(codes(first)).hasSize(2);
    assertThat(codes(second)).hasSize(1).doesNotContainAnyElementsOf(codes(first));

    assertThat(http.get("/api/enterprises?size=0").statusCode()).isEqualTo(400);
    HttpResponse<String> tooLarge = http.get("/api/enterprises?size=201");
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(tooLarge.body()).contains("\"field\":\"size\"");
    assertThat(http.get("/api/enterprises?status=GONE").statusCode()).isEqualTo(400);
  }

  @Test
  void csvImportReportsEveryRowRefusedRowsChangeNothingAndReimportingChangesNothing() {
    String a = TestCodes.random("320583");
    String b = TestCodes.random("320583");
    String wrongCheck = TestCodes.withWrongCheck(TestCodes.random("320583"));
    String badFields = TestCodes.random("320583");
    String unknownJurisdiction = TestCodes.random("320583");
    String shortRow = TestCodes.random("320583");
    String csv = String.join("\r\n",
        "creditCode,name,legalRepresentative,address,jurisdiction,sector,premises,headcount,hasOwnUnion,effectiveDate",
        a + ",昆山恒达电子有限公司,王强,江苏省昆山市前进路1号,320583,PRODUCTION,LEASED,120,true,",
        b + ",\"昆山\"\"好味\"\"餐饮, 有限公司\",李娜,\"江苏省昆山市, 人民路2号\",320583,catering,OWNED,22,否,2024-01-01",
        wrongCheck + ",坏校验码有限公司,张三,地址,320583,PRODUCTION,LEASED,10,true,",
        badFields + ",坏字段有限公司,张三,地址,320583,MINING,LEASED,-5,maybe,",
        unknownJurisdiction + ",未知辖区有限公司,张三,地址,320599,OTHER,LEASED,10,false,",
        a + ",昆山恒达电子有限公司,王强,江苏省昆山市前进路1号,320583,PRODUCTION,LEASED,999,true,",
        shortRow + ",缺列有限公司,张三",
        "");

    JsonNode report = json(importCsv(csv));

    assertThat(report.path("rows").asInt()).isEqualTo(7);
    assertThat(report.path("accepted").asInt()).isEqualTo(2);
    assertThat(report.path("refused").asInt()).isEqualTo(5);
    JsonNode results = report.path("results");
    assertThat(texts(results, "outcome"))
        .containsExactly("REGISTERED", "REGISTERED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
    assertThat(texts(results, "line")).containsExactly("2", "3", "4", "5", "6", "7", "8");
    assertThat(texts(results.get(2).path("reasons"), "field")).containsExactly("creditCode");
    assertThat(texts(results.get(3).path("reasons"), "field"))
        .containsExactlyInAnyOrder("sector", "headcount", "hasOwnUnion");
    assertThat(texts(results.get(4).path("reasons"), "rule")).containsExactly("GB/T2260");
    assertThat(results.get(5).path("reasons").get(0).path("message").asString()).contains("line 2");
    assertThat(texts(results.get(6).path("reasons"), "field")).containsExactly("row");
    assertThat(results.get(0).path("location").asString()).isEqualTo("/api/enterprises/" + a);

    JsonNode imported = json(http.get("/api/enterprises/" + b));
    assertThat(imported.path("profile").path("name").asString()).isEqualTo("昆山\"好味\"餐饮, 有限公司");
    assertThat(imported.path("profile").path("sector").asString()).isEqualTo("CATERING");
    assertThat(imported.path("profile").path("hasOwnUnion").asBoolean()).isFalse();
    assertThat(imported.path("profile").path("since").asString()).isEqualTo("2024-01-01");
    assertThat(json(http.get("/api/enterprises/" + a)).path("profile").path("headcount").asInt()).isEqualTo(120);
    for (String refused : List.of(wrongCheck, badFields, unknownJurisdiction, shortRow)) {
      assertThat(http.get("/api/enterprises/" + refused).statusCode()).as(refused).isEqualTo(404);
    }
    expectEvents(a, 1);
    expectEvents(b, 1);
    eventsOf(b).forEach(ContractAssertions::assertConforms);

    JsonNode again = json(importCsv(csv));

    assertThat(texts(again.path("results"), "outcome"))
        .containsExactly("UNCHANGED", "UNCHANGED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
    assertThat(json(http.get("/api/enterprises/" + a)).path("version").asInt()).isEqualTo(1);
    assertThat(json(http.get("/api/enterprises/" + b)).path("version").asInt()).isEqualTo(1);
    expectEvents(a, 1);
    expectEvents(b, 1);

    JsonNode changed = json(importCsv(csv.replace(",LEASED,120,true,", ",LEASED,130,true,")));
    assertThat(texts(changed.path("results"), "outcome").subList(0, 2)).containsExactly("UPDATED", "UNCHANGED");
    expectEvents(a, 2);
    TopicProbe.Seen update = eventsOf(a).get(1);
    ContractAssertions.assertConforms(update);
    assertThat(update.data().path("changed").path("headcount").asInt()).isEqualTo(130);
  }

  @Test
  void aChangeMadeMeanwhileIsRefusedNotLost() {
    String code = TestCodes.random("320505");
    assertThat(http.post("/api/enterprises", catering(code, "2025-01-01")).statusCode()).isEqualTo(201);
    Enterprises.Loaded first = store.load(code).orElseThrow();
    Enterprises.Loaded second = store.load(code).orElseThrow();

    first.enterprise().recordRating(2025, Grade.A, null, service.stamp("first"));
    store.update(first, factory.toCloudEvents(first.enterprise().pullEvents()));
    second.enterprise().recordRating(2025, Grade.D, null, service.stamp("second"));
    List<CloudEvent> lost = factory.toCloudEvents(second.enterprise().pullEvents());

    assertThatThrownBy(() -> store.update(second, lost)).isInstanceOf(OptimisticLockingFailureException.class);
    JsonNode now = json(http.get("/api/enterprises/" + code));
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(texts(now.path("ratings"), "grade")).containsExactly("A");
    expectEvents(code, 2);
  }

  /** A record written before issue 15 names its class in its old package; it still reads, changes and is found. */
  @Test
  void aRecordStoredBeforeTheMoveStillReadsAndChanges() {
    String code = TestCodes.random("320505");
    assertThat(http.post("/api/enterprises", catering(code, "2025-01-01")).statusCode()).isEqualTo(201);
    mongo.updateFirst(Query.query(Criteria.where("_id").is(code)),
        Update.update("_class", "io.wageguard.registry.persistence.EnterpriseDocument"), "enterprises");

    assertThat(http.post("/api/enterprises/" + code + "/ratings", "{\"year\":2025,\"grade\":\"B\"}").statusCode())
        .isEqualTo(200);
    JsonNode now = json(http.get("/api/enterprises/" + code));
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(texts(now.path("ratings"), "grade")).containsExactly("B");
    JsonNode found = json(http.get("/api/enterprises?ratingYear=2025&rating=B&jurisdiction=320505&size=200"));
    assertThat(texts(found.path("content"), "creditCode")).contains(code);
    expectEvents(code, 2);
  }

  /** A quoted field may hold a comma, a doubled quote and a line break; the report still names each row's line. */
  @Test
  void aFieldWithACommaAQuoteAndALineBreakIsImportedAsWritten_andTheLinesAfterItStayCounted() {
    String multiLine = TestCodes.random("320583");
    String after = TestCodes.random("320583");
    String csv = String.join("\n",
        "creditCode,name,legalRepresentative,address,jurisdiction,sector,premises,headcount,hasOwnUnion",
        multiLine + ",\"多行\"\"引号\"\", 有限公司\",王强,\"江苏省昆山市\n前进路1号, 2楼\",320583,OTHER,LEASED,5,false",
        "",
        after + ",后一行有限公司,李娜,地址,320583,OTHER,LEASED,6,false",
        "");

    JsonNode report = json(importCsv(csv));

    assertThat(texts(report.path("results"), "outcome")).containsExactly("REGISTERED", "REGISTERED");
    assertThat(texts(report.path("results"), "line")).containsExactly("2", "5");
    JsonNode imported = json(http.get("/api/enterprises/" + multiLine));
    assertThat(imported.path("profile").path("name").asString()).isEqualTo("多行\"引号\", 有限公司");
    assertThat(imported.path("profile").path("address").asString()).isEqualTo("江苏省昆山市\n前进路1号, 2楼");
  }

  @Test
  void aQuoteNeverClosedIsAProblemNamingTheBody() {
    String code = TestCodes.random("320583");
    HttpResponse<String> response = importCsv(String.join(",", EnterpriseImport.REQUIRED) + "\n"
        + code + ",\"未闭合,张三,地址,320583,OTHER,LEASED,1,false\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"body\"");
    assertThat(http.get("/api/enterprises/" + code).statusCode()).isEqualTo(404);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsAProblemNamingTheHeader() {
    HttpResponse<String> response = importCsv("creditCode,name\n" + TestCodes.random() + ",x\n");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"header\"").contains("jurisdiction");
  }

  @Test
  void anImportOfMoreRowsThanTheLimitIsRefusedWholeAndRegistersNothing() {
    String first = TestCodes.random("320583");
    StringBuilder csv = new StringBuilder(String.join(",", EnterpriseImport.REQUIRED)).append('\n');
    for (int i = 0; i <= EnterpriseImport.MAX_ROWS; i++) {
      String code = i == 0 ? first : TestCodes.random("320583");
      csv.append(code).append(",企业,张三,地址,320583,OTHER,LEASED,1,false\n");
    }

    HttpResponse<String> response = importCsv(csv.toString());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"field\":\"body\"").contains("at most " + EnterpriseImport.MAX_ROWS);
    assertThat(http.get("/api/enterprises/" + first).statusCode()).isEqualTo(404);
  }

  HttpResponse<String> importCsv(String csv) {
    return http.send("/api/enterprises/import", "POST", "text/csv", csv);
  }

  static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asString()).toList();
  }

  static List<String> codes(JsonNode page) {
    return texts(page.path("content"), "creditCode");
  }
}
