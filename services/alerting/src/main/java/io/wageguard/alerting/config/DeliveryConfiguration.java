package io.wageguard.alerting.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the delivery settings (SSE streams, webhooks). */
@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {}
