package io.wageguard.chassis.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wageguard.testsupport.ServiceHttp;
import io.wageguard.testsupport.ServiceIntegrationTest;
import io.wageguard.testsupport.TopicProbe;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A write's events leave at once, woken by the write itself (the relay reads the announced document by id), not
 * at the next timed pass over pending documents: here those are an hour apart.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wageguard.outbox.poll-interval=PT1H")
class OutboxWakeUpIT {

  @RegisterExtension
  static final TopicProbe probe = TopicProbe.onSharedBroker("arrears.events");
  @LocalServerPort int port;

  @Test
  void aSavedDocumentsEventsArePublishedWithoutWaitingForAPass() {
    for (int i = 0; i < 3; i++) {
      String id = "announced-" + UUID.randomUUID();
      assertThat(ServiceHttp.atPort(port).as("LABOUR_BUREAU", "320500")
          .post("/things", "{\"id\":\"" + id + "\",\"count\":1}").statusCode()).isEqualTo(200);
      assertThat(probe.await(TopicProbe.withId(id + "-created")).key()).isEqualTo(id);
    }
  }
}
