package io.wageguard.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import io.wageguard.chassis.events.Topic;
import io.wageguard.contracts.CreditCodes;
import io.wageguard.devstack.ApiClient;
import io.wageguard.devstack.DevAccounts;
import io.wageguard.devstack.Devstack;
import io.wageguard.devstack.DevstackConfig;
import io.wageguard.devstack.RunningDevstack;
import io.wageguard.devstack.WageguardService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission-to-alert through the whole system, measured in one run on one machine:
 * <ol>
 *   <li>throughput: N submissions onto {@code arrears.submissions} as fast as possible, until every one
 *       has raised its EW-1 alert on {@code alerts};</li>
 *   <li>latency at a fixed rate: p50/p95/p99 from the submission's send to its alert's publication;</li>
 *   <li>the practical limit: a bare consumer writing the same records straight to the same MongoDB,
 *       one upsert a record, and the ratio of the two.</li>
 * </ol>
 * Enterprises are drawn with a Zipf skew, as in a real city where a few employers cause most cases.
 */
public final class PipelineBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String[] JURISDICTIONS = {"320585", "320585", "320585", "320505", "320505", "320506"};

  record Options(int enterprises, int submissions, int rate, int seconds, Path dataDir) {
    static Options parse(String[] args) {
      Map<String, String> values = new ConcurrentHashMap<>();
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        values.put(pair[0], pair.length > 1 ? pair[1] : "true");
      }
      try {
        return new Options(
            Integer.parseInt(values.getOrDefault("enterprises", "500")),
            Integer.parseInt(values.getOrDefault("submissions", "5000")),
            Integer.parseInt(values.getOrDefault("rate", "500")),
            Integer.parseInt(values.getOrDefault("seconds", "20")),
            values.containsKey("data-dir") ? Path.of(values.get("data-dir"))
                : Files.createTempDirectory("wageguard-benchmark-"));
      } catch (Exception e) {
        throw new IllegalArgumentException("usage: --enterprises=N --submissions=N --rate=PER_SECOND "
            + "--seconds=N [--data-dir=DIR]", e);
      }
    }
  }

  private final Options options;
  private final RunningDevstack system;
  private final Random random = new Random(20070717);
  private final List<String> enterprises = new ArrayList<>();
  private final Map<String, String> jurisdictionOf = new ConcurrentHashMap<>();
  private double[] zipfCdf;

  private PipelineBenchmark(Options options, RunningDevstack system) {
    this.options = options;
    this.system = system;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path repoRoot = Path.of("").toAbsolutePath();
    System.out.printf("starting the devstack in %s ...%n", options.dataDir());
    try (RunningDevstack system = Devstack.start(DevstackConfig.of(repoRoot, options.dataDir(),
        19092, 19093, 27018, 19000, 18080, List.of(WageguardService.values())))) {
      new PipelineBenchmark(options, system).run();
    }
  }

  private void run() throws Exception {
    registerEnterprises();
    try (AlertMeter meter = new AlertMeter(system.kafkaClientProperties("admin"));
        KafkaProducer<String, String> producer = producer()) {
      meter.awaitAssignment();

      System.out.printf("%nthroughput: %,d submissions as fast as possible ...%n", options.submissions());
      ApiClient monitoring = system.client(DevAccounts.MONITORING);
      MongoOperationCount beforeBurst = MongoOperationCount.read(monitoring);
      ProcessCpu cpuBeforeBurst = ProcessCpu.read();
      List<String> burst = new ArrayList<>();
      long start = System.currentTimeMillis();
      for (int i = 0; i < options.submissions(); i++) {
        burst.add(send(producer, meter));
      }
      producer.flush();
      long lastAlert = meter.awaitAlerts(burst, Duration.ofMinutes(10));
      ProcessCpu cpuAfterBurst = ProcessCpu.read();
      double pipelineRate = options.submissions() * 1000.0 / (lastAlert - start);
      System.out.printf("  %,d alerts in %.1f s: %.0f submissions/s end to end%n",
          options.submissions(), (lastAlert - start) / 1000.0, pipelineRate);
      System.out.printf("%nMongoDB operations during the burst (the services' own timers, background work included):%n");
      MongoOperationCount.read(monitoring).printSince(beforeBurst, options.submissions(), "submission");
      System.out.printf("%nCPU during the burst:%n");
      cpuAfterBurst.printSince(cpuBeforeBurst, options.submissions(), "submission");

      int fixed = options.rate() * options.seconds();
      System.out.printf("%nlatency: %,d submissions at %d/s ...%n", fixed, options.rate());
      List<String> paced = new ArrayList<>();
      long intervalNanos = TimeUnit.SECONDS.toNanos(1) / options.rate();
      long next = System.nanoTime();
      for (int i = 0; i < fixed; i++) {
        LockSupport.parkNanos(next - System.nanoTime());
        paced.add(send(producer, meter));
        next += intervalNanos;
      }
      producer.flush();
      meter.awaitAlerts(paced, Duration.ofMinutes(10));
      long[] latencies = paced.stream().mapToLong(meter::latencyMillis).sorted().toArray();
      System.out.printf("  submission -> alert: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
          percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
          latencies[latencies.length - 1]);

      System.out.printf("%nbare consumer: the first %,d submissions straight to MongoDB ...%n", burst.size());
      double bareRate = bareConsumer(burst.size());
      System.out.printf("  %.0f records/s%n", bareRate);
      System.out.printf("%nRESULT pipeline %.0f/s, bare %.0f/s, ratio %.2f; latency at %d/s p50 %d p95 %d p99 %d ms%n",
          pipelineRate, bareRate, pipelineRate / bareRate, options.rate(), percentile(latencies, 50),
          percentile(latencies, 95), percentile(latencies, 99));
    }
  }

  private void registerEnterprises() throws Exception {
    System.out.printf("registering %,d enterprises ...%n", options.enterprises());
    Semaphore inFlight = new Semaphore(16);
    ApiClient registry = system.client(DevAccounts.ADMIN);
    for (int i = 0; i < options.enterprises(); i++) {
      String jurisdiction = JURISDICTIONS[i % JURISDICTIONS.length];
      String code = creditCode(jurisdiction);
      enterprises.add(code);
      jurisdictionOf.put(code, jurisdiction);
      String body = """
          {"creditCode":"%s","name":"基准企业%d","legalRepresentative":"王%d","address":"苏州","jurisdiction":"%s",
           "sector":"PRODUCTION","premises":"LEASED","headcount":%d,"hasOwnUnion":%b}"""
          .formatted(code, i, i, jurisdiction, 20 + random.nextInt(400), random.nextBoolean());
      inFlight.acquire();
      registry.postAsync("enterprise-registry", "/api/enterprises", body)
          .whenComplete((response, failure) -> inFlight.release());
    }
    inFlight.acquire(16);
  }

  /** Sends one submission for a Zipf-chosen enterprise; returns its id. */
  private String send(KafkaProducer<String, String> producer, AlertMeter meter) {
    String enterprise = enterprises.get(zipf(enterprises.size()));
    String id = UUID.randomUUID().toString();
    LocalDate today = LocalDate.now(SHANGHAI);
    String event = """
        {"specversion":"1.0","id":"%s","source":"/benchmark","type":"wageguard.arrears.submission.v1",
         "subject":"%s","datacontenttype":"application/json","data":{"creditCode":"%s","jurisdiction":"%s",
         "arrearsStartDate":"%s","wageMonths":["%s"],"amountOwed":"%d.00","workersAffected":%d,
         "reporterRole":"LABOUR_BUREAU","reporter":"benchmark","reference":"%s"}}"""
        .formatted(id, enterprise, enterprise, jurisdictionOf.get(enterprise), today.minusDays(1),
            today.minusMonths(1).toString().substring(0, 7), 1000 + random.nextInt(500_000),
            1 + random.nextInt(30), id);
    meter.sent(id, System.currentTimeMillis());
    producer.send(new ProducerRecord<>("arrears.submissions", enterprise, event));
    return id;
  }

  /** A Zipf(s = 1.1) rank in [0, n): the k-th enterprise is drawn with weight 1 / (k + 1)^1.1. */
  private int zipf(int n) {
    if (zipfCdf == null || zipfCdf.length != n) {
      zipfCdf = new double[n];
      double total = 0;
      for (int k = 0; k < n; k++) {
        total += 1 / Math.pow(k + 1, 1.1);
        zipfCdf[k] = total;
      }
      for (int k = 0; k < n; k++) {
        zipfCdf[k] /= total;
      }
    }
    int index = Arrays.binarySearch(zipfCdf, random.nextDouble());
    return Math.min(n - 1, index >= 0 ? index : -index - 1);
  }

  private double bareConsumer(int records) {
    try (MongoClient mongo = MongoClients.create(system.mongoUri("benchmark-bare"));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(withLogin(system.kafkaClientProperties("admin"),
            Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-bare-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)))) {
      MongoCollection<Document> cases = mongo.getDatabase("benchmark-bare").getCollection("cases");
      consumer.subscribe(List.of("arrears.submissions"));
      int written = 0;
      long start = 0;
      while (written < records) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (start == 0) {
            start = System.currentTimeMillis();
          }
          JsonNode event = JSON.readTree(record.value());
          Document document = Document.parse(event.get("data").toString()).append("_id", event.get("id").asString());
          cases.replaceOne(new Document("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
          if (++written == records) {
            break;
          }
        }
        consumer.commitSync();
      }
      return records * 1000.0 / (System.currentTimeMillis() - start);
    }
  }

  private KafkaProducer<String, String> producer() {
    // the labour bureaus' systems: their principal may write arrears.submissions and nothing else
    return new KafkaProducer<>(withLogin(system.kafkaClientProperties(Topic.EXTERNAL_WRITER), Map.of(
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 5,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
  }

  /** The devstack's login (bootstrap servers, SASL/SCRAM) plus the client's own settings. */
  static Map<String, Object> withLogin(Map<String, Object> login, Map<String, Object> settings) {
    Map<String, Object> properties = new java.util.HashMap<>(login);
    properties.putAll(settings);
    return properties;
  }

  static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private String creditCode(String jurisdiction) {
    StringBuilder code = new StringBuilder("91").append(jurisdiction);
    while (code.length() < 17) {
      code.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
    }
    return code.append(CreditCodes.checkCharacterOf(code.toString())).toString();
  }

  /** Maps each submission to the EW-1 alert it raised, through the case it opened. */
  static final class AlertMeter implements AutoCloseable {
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, String> submissionOfCaseEvent = new ConcurrentHashMap<>();
    private final Map<String, Long> alertedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> pendingAlerts = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean open = true;
    private volatile boolean assigned;

    AlertMeter(Map<String, Object> login) {
      consumer = new KafkaConsumer<>(withLogin(login, Map.of(
          ConsumerConfig.GROUP_ID_CONFIG, "benchmark-meter-" + UUID.randomUUID(),
          ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
          ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
          ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)));
      consumer.subscribe(List.of("arrears.events", "alerts"));
      poller = Thread.ofPlatform().name("alert-meter").start(this::poll);
    }

    private void poll() {
      while (open) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
          String type = event.path("type").asString("");
          JsonNode data = event.path("data");
          if (type.equals("wageguard.arrears.case-opened.v1")) {
            String submission = data.path("submissionId").asString();
            submissionOfCaseEvent.put(event.path("id").asString(), submission);
            Long early = pendingAlerts.remove(event.path("id").asString());
            if (early != null) {
              alertedAt.put(submission, early);
            }
          } else if (type.equals("wageguard.alert.raised.v1") && "EW-1".equals(data.path("signal").asString())) {
            String cause = data.path("causedBy").path("eventId").asString();
            String submission = submissionOfCaseEvent.get(cause);
            if (submission != null) {
              alertedAt.putIfAbsent(submission, record.timestamp());
            } else {
              pendingAlerts.put(cause, record.timestamp());
            }
          }
        }
        if (!assigned && !consumer.assignment().isEmpty()) {
          assigned = true;
        }
      }
      consumer.close();
    }

    void awaitAssignment() {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!assigned && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }

    void sent(String submissionId, long at) {
      sentAt.put(submissionId, at);
    }

    /** Waits until every submission has its alert; returns the time of the last one. */
    long awaitAlerts(List<String> submissions, Duration atMost) {
      long deadline = System.nanoTime() + atMost.toNanos();
      while (System.nanoTime() < deadline) {
        if (submissions.stream().allMatch(alertedAt::containsKey)) {
          return submissions.stream().mapToLong(alertedAt::get).max().orElseThrow();
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
      }
      long missing = submissions.stream().filter(s -> !alertedAt.containsKey(s)).count();
      throw new IllegalStateException(missing + " of " + submissions.size() + " submissions raised no EW-1 alert in "
          + atMost);
    }

    long latencyMillis(String submissionId) {
      return alertedAt.get(submissionId) - sentAt.get(submissionId);
    }

    @Override
    public void close() throws InterruptedException {
      open = false;
      poller.join(5_000);
    }
  }
}
