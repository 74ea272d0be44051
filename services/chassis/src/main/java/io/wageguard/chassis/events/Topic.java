package io.wageguard.chassis.events;

/**
 * The one registry of topics. Each has exactly one writing service; its dead letters go to
 * {@code <topic>-dlt}. Partitions and retention are declared here (broker auto-create is off).
 */
public enum Topic {
  ENTERPRISE_EVENTS("enterprise.events", "enterprise-registry"),
  /** Written by the labour bureaus' and unions' own systems, the only topic outsiders write. */
  ARREARS_SUBMISSIONS("arrears.submissions", "external"),
  ARREARS_EVENTS("arrears.events", "arrears-reporting"),
  DEPOSIT_EVENTS("deposit.events", "deposit-accounts"),
  ALERTS("alerts", "alerting");

  public static final String DEAD_LETTER_SUFFIX = "-dlt";

  private final String topicName;
  private final String writer;

  Topic(String topicName, String writer) {
    this.topicName = topicName;
    this.writer = writer;
  }

  public String topicName() {
    return topicName;
  }

  public String writer() {
    return writer;
  }

  public String deadLetterTopicName() {
    return topicName + DEAD_LETTER_SUFFIX;
  }
}
