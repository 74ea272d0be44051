package io.wageguard.chassis.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.wageguard.chassis.events.InvalidCloudEventException;
import io.wageguard.chassis.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * Kafka as every service uses it: all topics declared (auto-create is off), a bounded retry then the
 * dead-letter topic for records that cannot be handled, so that one bad record never stops a partition.
 */
@AutoConfiguration
public class KafkaChassisConfiguration {

  /** Header on every dead letter: the root cause of the failure. */
  public static final String REASON_HEADER = "wageguard-dlt-reason";
  private static final Logger log = LoggerFactory.getLogger(KafkaChassisConfiguration.class);

  /**
   * Every topic and its dead-letter twin; KafkaAdmin creates the missing ones at start-up. Not with broker ACLs
   * on (KafkaSecurityEnvironment): the service's principal may not create topics, the admin has created them.
   */
  @Bean
  @ConditionalOnProperty(name = "wageguard.kafka.declare-topics", havingValue = "true", matchIfMissing = true)
  KafkaAdmin.NewTopics wageguardTopics(
      @Value("${wageguard.kafka.partitions:6}") int partitions,
      @Value("${wageguard.kafka.replicas:1}") int replicas,
      @Value("${wageguard.kafka.retention-ms:2592000000}") long retentionMs) {
    List<NewTopic> topics = Arrays.stream(Topic.values())
        .flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopicName()))
        .map(name -> TopicBuilder.name(name)
            .partitions(partitions)
            .replicas(replicas)
            .config("retention.ms", Long.toString(retentionMs))
            .build())
        .toList();
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  @Bean
  KafkaBrokerHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    return new KafkaBrokerHealthIndicator(kafkaAdmin);
  }

  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler kafkaErrorHandler(
      KafkaOperations<Object, Object> template,
      MeterRegistry meterRegistry,
      @Value("${wageguard.kafka.retry.initial-interval-ms:200}") long initialInterval,
      @Value("${wageguard.kafka.retry.max-elapsed-ms:5000}") long maxElapsed,
      @Value("${wageguard.kafka.retry.outage-max-elapsed:PT6H}") Duration outageMaxElapsed) {
    DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
        (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
    // Spring's headers name the outer exception; say the root cause too, so an operator sees why.
    deadLetters.addHeadersFunction((record, exception) -> new RecordHeaders().add(REASON_HEADER,
        rootMessage(exception).getBytes(StandardCharsets.UTF_8)));
    ExponentialBackOff backOff = new ExponentialBackOff(initialInterval, 2.0);
    backOff.setMaxInterval(2_000);
    backOff.setMaxElapsedTime(maxElapsed);
    DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
      log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
          rootMessage(exception));
      meterRegistry.counter("wageguard.kafka.dead.letters", "topic", record.topic()).increment();
      deadLetters.accept(record, exception);
    }, backOff);
    // MongoDB or the broker away says nothing about the record: wait for them (every 30 s at most, readiness
    // says not-ready meanwhile) instead of dead-lettering a whole outage's worth of good records.
    ExponentialBackOff outageBackOff = new ExponentialBackOff(1_000, 2.0);
    outageBackOff.setMaxInterval(30_000);
    outageBackOff.setMaxElapsedTime(outageMaxElapsed.toMillis());
    handler.setBackOffFunction((record, exception) ->
        InfrastructureFailures.isInfrastructure(exception) ? outageBackOff : null);
    // A record that cannot be read will not become readable by retrying.
    handler.addNotRetryableExceptions(DeserializationException.class, InvalidCloudEventException.class,
        JacksonException.class, IllegalArgumentException.class);
    return handler;
  }

  private static String rootMessage(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
