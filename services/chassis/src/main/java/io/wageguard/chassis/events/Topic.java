package io.wageguard.chassis.events;

import java.util.List;

/**
 * The one registry of topics. Each has exactly one writer and the services that read it (their
 * {@code @KafkaListener}s); a reader writes the dead letters of what it reads to {@code <topic>-dlt}.
 * Partitions and retention are declared here (broker auto-create is off). The broker ACLs are rendered from
 * this registry ({@link io.wageguard.chassis.kafka.KafkaAccessControl}).
 */
public enum Topic {
  ENTERPRISE_EVENTS("enterprise.events", "enterprise-registry",
      "arrears-reporting", "deposit-accounts", "alerting"),
  /** Written by the labour bureaus' and unions' own systems, the only topic outsiders write. */
  ARREARS_SUBMISSIONS("arrears.submissions", Topic.EXTERNAL_WRITER, "arrears-reporting"),
  ARREARS_EVENTS("arrears.events", "arrears-reporting", "deposit-accounts", "alerting"),
  DEPOSIT_EVENTS("deposit.events", "deposit-accounts", "alerting"),
  /** alerting reads its own alerts too, in a separate group, to fill the unions' feeds and webhooks. */
  ALERTS("alerts", "alerting", "alerting");

  public static final String DEAD_LETTER_SUFFIX = "-dlt";
  /** The Kafka principal of the labour bureaus' and unions' own systems. */
  public static final String EXTERNAL_WRITER = "labour-bureau-gateway";

  private final String topicName;
  private final String writer;
  private final List<String> readers;

  Topic(String topicName, String writer, String... readers) {
    this.topicName = topicName;
    this.writer = writer;
    this.readers = List.of(readers);
  }

  public String topicName() {
    return topicName;
  }

  public String writer() {
    return writer;
  }

  /** The services that consume this topic (and so write its dead letters). */
  public List<String> readers() {
    return readers;
  }

  public String deadLetterTopicName() {
    return topicName + DEAD_LETTER_SUFFIX;
  }
}
