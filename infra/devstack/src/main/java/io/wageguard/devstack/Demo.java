package io.wageguard.devstack;

import io.wageguard.chassis.events.Topic;
import io.wageguard.contracts.CreditCodes;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code run --demo}: loads a small, realistic picture through the public interfaces only (the services' REST
 * APIs and {@code arrears.submissions}), drawn from the bulletin's situations, so that a new user sees alerts,
 * obligations and ledgers within a minute:
 * <ul>
 *   <li>Taicang (320585): a machine works in leased premises (TC-3d: deposit required; agreement signed, a
 *       deposit paid; a new arrears case from the labour bureau's feed: EW-1); a caterer rated A (TC-6: exempt);
 *       a textile mill whose arrears started ten days ago with no report (TC-2 overdue: EW-2).</li>
 *   <li>High-tech Zone (320505): a restaurant with 28 staff in leased premises (HT-1b: required; a valid TC-2
 *       report with a deferral); an electronics plant with 150 staff in leased premises (HT-1a: certificate,
 *       account, a monthly contribution) whose arrears led to a strike (TC-3b/HT-5: EW-6) and a direct payout
 *       from its deposit (HT-5).</li>
 * </ul>
 * Idempotent: credit codes, submission ids, report and incident ids and ledger references are fixed, and each
 * step first looks whether it is done; a second {@code --demo} on the same data changes nothing.
 */
public final class Demo {

    static final String TAICANG = "320585";
    static final String HIGH_TECH_ZONE = "320505";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    /** The demo's enterprises: fixed codes (GB 32100-2015 check character computed). */
    public static final String MACHINE_WORKS = creditCode("91320585MA1WGDM01");
    public static final String TAICANG_CATERER = creditCode("91320585MA1WGDM02");
    public static final String TEXTILE_MILL = creditCode("91320585MA1WGDM03");
    public static final String ZONE_RESTAURANT = creditCode("91320505MA1WGDM04");
    public static final String ZONE_ELECTRONICS = creditCode("91320505MA1WGDM05");

    private final RunningDevstack stack;
    /** On the services' clock, so a devstack started with --clock-start gets a demo dated to match. */
    private final LocalDate today;
    private final List<String> warnings = new ArrayList<>();

    private Demo(RunningDevstack stack) {
        this.stack = stack;
        this.today = stack.today();
    }

    /** Loads the demo and returns what could not be done (empty when all went through). */
    public static List<String> load(RunningDevstack stack) {
        Demo demo = new Demo(stack);
        demo.run();
        return List.copyOf(demo.warnings);
    }

    private void run() {
        say("loading the demo (Taicang 320585, High-tech Zone 320505) through the REST APIs and arrears.submissions");
        int lastYear = today.getYear() - 1;
        String lastMonth = today.minusMonths(1).format(DateTimeFormatter.ofPattern("yyyy-MM"));

        register(MACHINE_WORKS, "太仓示范精密机械有限公司", "张伟", "太仓市城厢镇示范路1号", TAICANG, "PRODUCTION", "LEASED", 120, true);
        register(TAICANG_CATERER, "太仓示范餐饮管理有限公司", "李娜", "太仓市娄东街道示范路8号", TAICANG, "CATERING", "LEASED", 35, false);
        register(TEXTILE_MILL, "太仓示范纺织有限公司", "王强", "太仓市沙溪镇示范路3号", TAICANG, "PRODUCTION", "OWNED", 60, true);
        register(ZONE_RESTAURANT, "苏州高新区示范餐饮有限公司", "陈静", "苏州高新区狮山路示范88号", HIGH_TECH_ZONE, "CATERING", "LEASED", 28, false);
        register(ZONE_ELECTRONICS, "苏州高新区示范电子有限公司", "刘洋", "苏州高新区科技城示范路5号", HIGH_TECH_ZONE, "PRODUCTION", "LEASED", 150, true);

        payroll(MACHINE_WORKS, "ANNUAL", Integer.toString(lastYear), "12000000.00");
        payroll(TAICANG_CATERER, "ANNUAL", Integer.toString(lastYear), "3150000.00");
        payroll(ZONE_RESTAURANT, "ANNUAL", Integer.toString(lastYear), "2520000.00");
        payroll(ZONE_RESTAURANT, "MONTHLY", lastMonth, "210000.00");
        payroll(ZONE_ELECTRONICS, "ANNUAL", Integer.toString(lastYear), "14400000.00");
        payroll(ZONE_ELECTRONICS, "MONTHLY", lastMonth, "1200000.00");
        rating(TAICANG_CATERER, lastYear, "A");

        // Arrears, at different stages.
        submitOnTopic("d3b07384-d113-4ec5-a0b1-000000000001", MACHINE_WORKS, TAICANG, today.minusDays(1), 4, "46800.00");
        String millCase = openCase("d3b07384-d113-4ec5-a0b1-000000000002", TEXTILE_MILL, TAICANG, today.minusDays(10), 12,
                "386400.00", "TC-LB-DEMO-0002");
        String restaurantCase = openCase("d3b07384-d113-4ec5-a0b1-000000000003", ZONE_RESTAURANT, HIGH_TECH_ZONE,
                today.minusDays(1), 6, "39000.00", "HT-LB-DEMO-0003");
        String strikeCase = openCase("d3b07384-d113-4ec5-a0b1-000000000004", ZONE_ELECTRONICS, HIGH_TECH_ZONE,
                today.minusDays(3), 45, "612000.00", "HT-LB-DEMO-0004");
        if (restaurantCase != null) {
            fileValidReport(restaurantCase, today.minusDays(1));
        }
        if (strikeCase != null) {
            post(bureau(ZONE_ELECTRONICS), "/api/cases/" + strikeCase + "/incidents", "arrears-reporting", """
                    {"incidentId":"DEMO-INCIDENT-0004","kind":"STRIKE","occurredOn":"%s","workersInvolved":45}"""
                    .formatted(today.minusDays(1)), "incident (strike)");
        }

        // Deposits: Taicang's lump sum (TC-4), the zone's monthly account (HT-3, HT-2), a payout (HT-5).
        if (awaitObligation(MACHINE_WORKS, "REQUIRED")) {
            post(bureau(MACHINE_WORKS), "/api/enterprises/" + MACHINE_WORKS + "/agreement", "deposit-accounts", """
                    {"signedOn":"%s","witnessedBy":"太仓市总工会"}""".formatted(today.minusDays(20)),
                    "agreement (TC-4)");
            credit(MACHINE_WORKS, "DEPOSIT", "2400000.00", today.minusDays(5), "DEMO-TC4-0001");
        }
        awaitObligation(TAICANG_CATERER, "EXEMPT");
        awaitObligation(ZONE_RESTAURANT, "REQUIRED");
        if (awaitObligation(ZONE_ELECTRONICS, "REQUIRED")) {
            post(bureau(ZONE_ELECTRONICS), "/api/enterprises/" + ZONE_ELECTRONICS + "/certificate", "deposit-accounts", """
                    {"issuedOn":"%s"}""".formatted(today.minusDays(20)), "certificate (HT-3)");
            post(bank(ZONE_ELECTRONICS), "/api/enterprises/" + ZONE_ELECTRONICS + "/account", "deposit-accounts", """
                    {"openedOn":"%s","bank":"中国银行苏州高新技术产业开发区支行","accountNumber":"4806 0000 1234 5678"}"""
                    .formatted(today.minusDays(15)), "account (HT-3)");
            credit(ZONE_ELECTRONICS, "CONTRIBUTION", "120000.00", today.minusDays(2), "DEMO-HT2-0001");
            if (strikeCase != null) {
                payout(ZONE_ELECTRONICS, "80000.00", today, "DEMO-HT5-0001");
            }
        }
        say("demo loaded%s. Try (each call as one of the issuer's accounts; jq needed):%n"
                + "  token() { curl -s -u \"$1:dev-only-secret\" -d grant_type=client_credentials %s/oauth2/token"
                + " | jq -r .access_token; }%n"
                + "  curl -s -H \"Authorization: Bearer $(token union-suzhou)\" '%s/api/alerts?jurisdiction=320500'%n"
                + "  curl -s -H \"Authorization: Bearer $(token auditor-taicang)\" '%s/api/enterprises/%s/obligation'%n"
                + "  curl -s -H \"Authorization: Bearer $(token auditor-hightech)\" '%s/api/enterprises/%s/ledger'%n"
                + "  curl -s -H \"Authorization: Bearer $(token labour-bureau-taicang)\" '%s/api/cases?jurisdiction=320585'",
                warnings.isEmpty() ? "" : " with " + warnings.size() + " warning(s): " + warnings, stack.issuerUri(),
                stack.serviceUrl("alerting"), stack.serviceUrl("deposit-accounts"), MACHINE_WORKS,
                stack.serviceUrl("deposit-accounts"), ZONE_ELECTRONICS, stack.serviceUrl("arrears-reporting"));
    }

    // ------------------------------------------------------------------ steps

    private void register(String code, String name, String legalRep, String address, String jurisdiction,
                          String sector, String premises, int headcount, boolean union) {
        HttpResponse<String> r = post(REGISTRY_ADMIN, "/api/enterprises", "enterprise-registry", """
                {"creditCode":"%s","name":"%s","legalRepresentative":"%s","address":"%s","jurisdiction":"%s",
                 "sector":"%s","premises":"%s","headcount":%d,"hasOwnUnion":%b}"""
                .formatted(code, name, legalRep, address, jurisdiction, sector, premises, headcount, union), null);
        if (r != null && r.statusCode() != 201 && r.statusCode() != 409) {
            warn("register " + code + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private void payroll(String code, String kind, String period, String total) {
        String enterprise = get(REGISTRY_ADMIN, "enterprise-registry", "/api/enterprises/" + code);
        if (enterprise != null && enterprise.contains("\"period\":\"" + period + "\"")) {
            return;
        }
        post(REGISTRY_ADMIN, "/api/enterprises/" + code + "/payroll", "enterprise-registry", """
                {"kind":"%s","period":"%s","totalWages":"%s"}""".formatted(kind, period, total),
                "payroll " + kind + " " + period + " of " + code);
    }

    private void rating(String code, int year, String grade) {
        String enterprise = get(REGISTRY_ADMIN, "enterprise-registry", "/api/enterprises/" + code);
        if (enterprise != null && Pattern.compile("\"year\":" + year + ",\"grade\":\"" + grade + "\"").matcher(enterprise).find()) {
            return;
        }
        post(REGISTRY_ADMIN, "/api/enterprises/" + code + "/ratings", "enterprise-registry", """
                {"year":%d,"grade":"%s"}""".formatted(year, grade), "rating " + grade + " of " + code);
    }

    /** The labour bureau's feed: a CloudEvent whose id is the submission id (a resend opens nothing). */
    private void submitOnTopic(String id, String code, String jurisdiction, LocalDate start, int workers, String owed) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/labour-bureau/taicang","type":"wageguard.arrears.submission.v1",
                 "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
                 "arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"%s","workersAffected":%d,
                 "reporterRole":"LABOUR_BUREAU","reporter":"太仓市劳动和社会保障局","reference":"TC-LB-DEMO-0001"}}"""
                .formatted(id, code, code, jurisdiction, start, start.minusMonths(1).toString().substring(0, 7), owed,
                        workers);
        // As the bureaus' own systems do: the gateway principal, whose ACL allows arrears.submissions only.
        Map<String, Object> config = new HashMap<>(stack.kafkaClientProperties(Topic.EXTERNAL_WRITER));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("arrears.submissions", code, event)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warn("submission " + id + ": interrupted");
        } catch (ExecutionException | TimeoutException e) {
            warn("submission " + id + ": " + e);
        }
    }

    /** Opens (or finds again: same submission id) a case over REST; returns its caseId. */
    private String openCase(String id, String code, String jurisdiction, LocalDate start, int workers, String owed,
                            String reference) {
        HttpResponse<String> r = post(bureau(code), "/api/cases", "arrears-reporting", """
                {"submissionId":"%s","creditCode":"%s","jurisdiction":"%s","arrearsStartDate":"%s","wageMonths":["%s"],
                 "amountOwed":"%s","workersAffected":%d,"reporterRole":"LABOUR_BUREAU","reporter":"劳动监察大队",
                 "reference":"%s"}"""
                .formatted(id, code, jurisdiction, start, start.minusMonths(1).toString().substring(0, 7), owed, workers,
                        reference), "case " + id);
        if (r == null || r.statusCode() >= 300) {
            return null;
        }
        Matcher caseId = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        return caseId.find() ? caseId.group(1) : null;
    }

    private void fileValidReport(String caseId, LocalDate start) {
        String existing = get(bureau(ZONE_RESTAURANT), "arrears-reporting", "/api/cases/" + caseId);
        if (existing != null && existing.contains("DEMO-REPORT-0003")) {
            return;
        }
        post(bureau(ZONE_RESTAURANT), "/api/cases/" + caseId + "/report", "arrears-reporting", """
                {"reportId":"DEMO-REPORT-0003",
                 "unionConsent":{"union":"苏州高新区总工会","person":"周敏","date":"%s"},
                 "workerRepresentativeConsent":{"representatives":"职工代表 赵磊、孙丽","date":"%s"},
                 "procedure":"经职工代表大会讨论，与工会协商一致","deferralEndDate":"%s",
                 "responsiblePerson":"陈静（法定代表人）","reliefMeasures":"延期期间每人先行发放生活费 2,000 元"}"""
                .formatted(start, start, start.plusDays(20)), "valid report with a deferral (TC-2)");
    }

    private void credit(String code, String kind, String amount, LocalDate valueDate, String reference) {
        if (ledgerHas(code, reference)) {
            return;
        }
        post(bank(code), "/api/enterprises/" + code + "/credits", "deposit-accounts", """
                {"kind":"%s","amount":"%s","valueDate":"%s","reference":"%s"}"""
                .formatted(kind, amount, valueDate, reference), kind + " " + reference);
    }

    /** HT-5: waits until deposit-accounts knows of the strike (from arrears.events), then pays out once. */
    private void payout(String code, String amount, LocalDate valueDate, String reference) {
        Instant deadline = Instant.now().plus(EVENTUALLY);
        while (!ledgerHas(code, reference)) {
            HttpResponse<String> r = post(bureau(code), "/api/enterprises/" + code + "/payouts", "deposit-accounts", """
                    {"kind":"DIRECT_PAYOUT","amount":"%s","valueDate":"%s","reference":"%s",
                     "requestedBy":"LABOUR_BUREAU","approvedBy":"WAGE_GUARANTEE_GROUP","workers":45}"""
                    .formatted(amount, valueDate, reference), null);
            if (r != null && r.statusCode() == 200) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                warn("direct payout (HT-5) " + reference + ": " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
                return;
            }
            pause();
        }
    }

    private boolean ledgerHas(String code, String reference) {
        String ledger = get(auditor(code), "deposit-accounts", "/api/enterprises/" + code + "/ledger");
        return ledger != null && ledger.contains("\"reference\":\"" + reference + "\"");
    }

    /** Waits until deposit-accounts has assessed the enterprise (it learns of it from enterprise.events). */
    private boolean awaitObligation(String code, String outcome) {
        Instant deadline = Instant.now().plus(EVENTUALLY);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(auditor(code), "deposit-accounts", "/api/enterprises/" + code + "/obligation");
            if (last != null && last.contains("\"outcome\":\"" + outcome + "\"")) {
                return true;
            }
            pause();
        }
        warn("obligation of " + code + " is not " + outcome + " after " + EVENTUALLY.toSeconds() + " s: " + last);
        return false;
    }

    // ------------------------------------------------------------------ HTTP

    /** POSTs as the account; warns (with {@code what}) unless 2xx, 409, or a 422 saying it was done before. */
    private HttpResponse<String> post(String account, String path, String service, String json, String what) {
        try {
            HttpResponse<String> r = stack.client(account).post(service, path, json);
            // A second run meets "already signed/issued" or HT-7's "one enterprise, one account" (422): done before.
            boolean done = r.statusCode() < 300 || r.statusCode() == 409
                    || (r.statusCode() == 422 && (r.body().contains("already") || r.body().contains("one account")));
            if (!done && what != null) {
                warn(what + " (as " + account + "): HTTP " + r.statusCode() + " " + r.body());
            }
            return r;
        } catch (UncheckedIOException | DevstackException e) {
            if (what != null) {
                warn(what + " (as " + account + "): " + e);
            }
            return null;
        }
    }

    private String get(String account, String service, String path) {
        try {
            HttpResponse<String> r = stack.client(account).get(service, path);
            return r.statusCode() == 200 ? r.body() : null;
        } catch (UncheckedIOException | DevstackException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ who does what (the issuer's accounts)

    /** Registry writes are reference data; the admin account covers the whole city. */
    private static final String REGISTRY_ADMIN = DevAccounts.ADMIN;

    /** Cases, incidents, agreements, certificates and payouts: the labour bureau of the enterprise's place. */
    private static String bureau(String creditCode) {
        return DevAccounts.labourBureau(DevAccounts.jurisdictionOf(creditCode));
    }

    /** Accounts and deposit movements: the bank of the enterprise's place. */
    private static String bank(String creditCode) {
        return DevAccounts.bank(DevAccounts.jurisdictionOf(creditCode));
    }

    /** Obligations and ledgers are read as the auditor of the enterprise's place. */
    private static String auditor(String creditCode) {
        return DevAccounts.auditor(DevAccounts.jurisdictionOf(creditCode));
    }

    private static void pause() {
        try {
            Thread.sleep(1_000); // polling another process's eventual state; there is nothing to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("Interrupted while loading the demo", e);
        }
    }

    private void warn(String message) {
        warnings.add(message);
        System.err.println("devstack demo: " + message);
    }

    private static void say(String format, Object... args) {
        System.out.printf("devstack demo: " + format + "%n", args);
    }

    /** Appends the GB 32100-2015 check character to a 17-character body. */
    static String creditCode(String body) {
        return body + CreditCodes.checkCharacterOf(body);
    }
}
