package io.wageguard.chassis.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.chassis.events.Topic;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class KafkaAccessControlTest {

  @Test
  void everyServiceTheGatewayAndTheAdminArePrincipals() {
    assertThat(KafkaAccessControl.servicePrincipals())
        .containsExactly("enterprise-registry", "arrears-reporting", "deposit-accounts", "alerting");
    assertThat(KafkaAccessControl.principals())
        .containsExactly("enterprise-registry", "arrears-reporting", "deposit-accounts", "alerting",
            "labour-bureau-gateway", "admin");
  }

  @Test
  void theLabourBureauGatewayMayWriteOnlyArrearsSubmissions() {
    assertThat(rows("labour-bureau-gateway")).containsExactly("TOPIC arrears.submissions WRITE");
  }

  @Test
  void eachServiceWritesItsOwnTopicReadsWhatItConsumesAndDeadLettersWhatItReads() {
    assertThat(rows("enterprise-registry")).containsExactlyInAnyOrder("TOPIC enterprise.events WRITE");
    assertThat(rows("arrears-reporting")).containsExactlyInAnyOrder(
        "TOPIC arrears.events WRITE",
        "TOPIC enterprise.events READ", "TOPIC enterprise.events-dlt WRITE",
        "TOPIC arrears.submissions READ", "TOPIC arrears.submissions-dlt WRITE",
        "GROUP arrears-reporting READ");
    assertThat(rows("deposit-accounts")).containsExactlyInAnyOrder(
        "TOPIC deposit.events WRITE",
        "TOPIC enterprise.events READ", "TOPIC enterprise.events-dlt WRITE",
        "TOPIC arrears.events READ", "TOPIC arrears.events-dlt WRITE",
        "GROUP deposit-accounts READ");
    assertThat(rows("alerting")).containsExactlyInAnyOrder(
        "TOPIC alerts WRITE", "TOPIC alerts READ", "TOPIC alerts-dlt WRITE",
        "TOPIC enterprise.events READ", "TOPIC enterprise.events-dlt WRITE",
        "TOPIC arrears.events READ", "TOPIC arrears.events-dlt WRITE",
        "TOPIC deposit.events READ", "TOPIC deposit.events-dlt WRITE",
        "GROUP alerting READ", "GROUP alerting-delivery READ");
  }

  @Test
  void alertingMayNotWriteArrearsEventsAndNoServiceMayWriteSubmissions() {
    assertThat(rows("alerting")).doesNotContain("TOPIC arrears.events WRITE");
    for (String service : KafkaAccessControl.servicePrincipals()) {
      assertThat(rows(service)).as(service).doesNotContain("TOPIC arrears.submissions WRITE");
    }
  }

  @Test
  void everyTopicHasExactlyOneWriterAndNobodyMayCreateAlterOrDelete() {
    for (Topic topic : Topic.values()) {
      assertThat(KafkaAccessControl.aclBindings().stream()
          .filter(b -> b.pattern().name().equals(topic.topicName()) && b.entry().operation() == AclOperation.WRITE)
          .map(b -> b.entry().principal()))
          .as(topic.topicName()).containsExactly("User:" + topic.writer());
    }
    assertThat(KafkaAccessControl.aclBindings()).allSatisfy(binding -> {
      assertThat(binding.pattern().patternType()).isEqualTo(PatternType.LITERAL);
      assertThat(binding.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
      assertThat(binding.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE);
      assertThat(binding.pattern().resourceType()).isIn(ResourceType.TOPIC, ResourceType.GROUP);
    });
    assertThat(KafkaAccessControl.aclBindings("admin")).isEmpty();
  }

  @Test
  void everyRegistryTopicAndItsDeadLettersAreCreatedByTheAdmin() {
    assertThat(KafkaAccessControl.topicNames()).hasSize(2 * Topic.values().length)
        .contains("arrears.submissions", "arrears.submissions-dlt", "alerts", "alerts-dlt");
  }

  @Test
  void passwordsComeFromTheEnvironmentWithADevOnlyDefault() {
    Map<String, String> env = Map.of("WAGEGUARD_KAFKA_PASSWORD_LABOUR_BUREAU_GATEWAY", "s3cret");
    assertThat(KafkaAccessControl.password("labour-bureau-gateway", env::get)).isEqualTo("s3cret");
    assertThat(KafkaAccessControl.password("alerting", env::get)).isEqualTo("dev-only-kafka-alerting");
    assertThat(KafkaAccessControl.scramJaasConfig("a", "p\"q"))
        .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"a\" password=\"p\\\"q\";");
  }

  private static List<String> rows(String principal) {
    return KafkaAccessControl.aclBindings(principal).stream().map(KafkaAccessControlTest::row).toList();
  }

  private static String row(AclBinding binding) {
    return binding.pattern().resourceType() + " " + binding.pattern().name() + " " + binding.entry().operation();
  }
}
