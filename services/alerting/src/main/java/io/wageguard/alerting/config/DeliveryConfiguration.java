package io.wageguard.alerting.config;

import io.wageguard.alerting.adapter.rest.StreamSettings;
import io.wageguard.alerting.application.WebhookSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the delivery settings (SSE streams, webhooks) and hands each part to whoever delivers that way. */
@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {

  @Bean
  WebhookSettings webhookSettings(DeliveryProperties properties) {
    DeliveryProperties.Webhooks w = properties.webhooks();
    return new WebhookSettings(w.enabled(), w.pollInterval(), w.workers(), w.connectTimeout(), w.readTimeout(),
        w.lease(), w.batchSize(), w.retryPolicy());
  }

  @Bean
  StreamSettings streamSettings(DeliveryProperties properties) {
    DeliveryProperties.Sse sse = properties.sse();
    return new StreamSettings(sse.heartbeat(), sse.timeout(), sse.pollInterval(), sse.gapGrace());
  }
}
