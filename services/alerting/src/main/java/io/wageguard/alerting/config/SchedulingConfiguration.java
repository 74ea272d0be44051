package io.wageguard.alerting.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The escalation sweep runs on a schedule unless switched off (tests drive it with their own clock). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "wageguard.alerting.scheduling", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {}
