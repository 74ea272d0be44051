package io.wageguard.chassis.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.wageguard.chassis.calendar.CalendarAdminController;
import io.wageguard.chassis.calendar.CalendarHealthIndicator;
import io.wageguard.chassis.calendar.LiveCalendar;
import io.wageguard.chassis.security.AuditTrailRecorder;
import io.wageguard.chassis.mongo.MongoPingHealthIndicator;
import io.wageguard.chassis.outbox.OutboxRelay;
import io.wageguard.chassis.outbox.OutboxStore;
import io.wageguard.chassis.time.ClockSetting;
import io.wageguard.chassis.time.Periods;
import io.wageguard.chassis.web.ProblemDetailsAdvice;
import io.wageguard.chassis.web.RequestSizeLimit;
import io.wageguard.chassis.web.UnexpectedFailureAdvice;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaOperations;

/** What every Wageguard service gets by depending on the chassis. */
@AutoConfiguration
@Import({ProblemDetailsAdvice.class, UnexpectedFailureAdvice.class, CalendarAdminController.class})
public class ChassisConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ChassisConfiguration.class);

  /**
   * The one clock. Business dates are read in Asia/Shanghai (P-1). Tests and the devstack may move it with
   * {@code wageguard.clock.offset} or {@code wageguard.clock.start} under the {@code dev} or {@code test} profile
   * ({@link ClockSetting}); anywhere else the service refuses to start with either setting.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock(Environment environment, ObjectProvider<MeterRegistry> meters) {
    ClockSetting setting = ClockSetting.resolve(environment.getProperty(ClockSetting.OFFSET),
        environment.getProperty(ClockSetting.START), List.of(environment.getActiveProfiles()),
        Clock.system(Periods.SHANGHAI));
    if (setting.moved()) {
      LOG.warn("""

          ************************************************************************************************
          *  CLOCK MOVED: {} (profiles {}).
          *  This service believes it is {} ({} from the machine's clock). For tests and the devstack only.
          ************************************************************************************************""",
          setting.source(), List.of(environment.getActiveProfiles()), setting.clock().instant().atZone(Periods.SHANGHAI),
          setting.offset());
    }
    // Visible on every dashboard: a moved clock is never a secret.
    long offsetSeconds = setting.offset().toSeconds();
    meters.ifAvailable(registry -> Gauge.builder("wageguard.clock.offset", () -> offsetSeconds).baseUnit("seconds")
        .description("How far this service's clock is moved from the machine's (tests and the devstack only)")
        .register(registry));
    return setting.clock();
  }

  /**
   * The working-day calendar in force: contracts' packaged years plus the operator's directory
   * ({@code wageguard.calendar.directory}, unset = packaged only), re-read every
   * {@code wageguard.calendar.reload-interval} and on {@code POST /api/admin/calendar/reload}.
   */
  @Bean
  LiveCalendar liveCalendar(@Value("${wageguard.calendar.directory:}") String directory,
      @Value("${wageguard.calendar.reload-interval:PT5M}") Duration reloadInterval,
      ApplicationEventPublisher events, ObjectProvider<AuditTrailRecorder> auditTrail, MeterRegistry meters) {
    return new LiveCalendar(directory.isBlank() ? null : Path.of(directory), reloadInterval, events, auditTrail,
        meters);
  }

  /** P-2..P-5 over the calendar in force: after a reload, the next deadline is computed on the new calendar. */
  @Bean
  @ConditionalOnMissingBean
  Periods periods(LiveCalendar calendar) {
    return new Periods(calendar::calendar);
  }

  @Bean
  CalendarHealthIndicator calendarHealthIndicator(LiveCalendar calendar) {
    return new CalendarHealthIndicator(calendar);
  }

  @Bean
  OutboxRelay outboxRelay(MongoTemplate mongo, KafkaOperations<Object, Object> kafka, MeterRegistry meters,
      ObjectProvider<ObservationRegistry> observations,
      @Value("${wageguard.outbox.poll-interval:PT2S}") Duration pollInterval,
      @Value("${wageguard.outbox.batch-size:200}") int batchSize) {
    return new OutboxRelay(mongo, kafka, meters, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
        pollInterval, batchSize);
  }

  @Bean
  OutboxStore outboxStore(MongoTemplate mongo, OutboxRelay relay) {
    return new OutboxStore(mongo, relay);
  }

  /** Before security and parsing: an oversized body costs nothing beyond its headers. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
      @Value("${wageguard.http.max-request-bytes:2097152}") long maxBytes) {
    FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(maxBytes));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }
}
