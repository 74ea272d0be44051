package io.wageguard.alerting.config;

import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.ANY;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static io.wageguard.chassis.security.Role.ADMIN;
import static io.wageguard.chassis.security.Role.AUDITOR;
import static io.wageguard.chassis.security.Role.LABOUR_BUREAU;
import static io.wageguard.chassis.security.Role.UNION;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.wageguard.chassis.calendar.CalendarAdministration;
import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what in alerting (issue 7). Unions read the alerts of their jurisdictions and follow them up; labour
 * bureaus and auditors read them; the admin keeps the union directory. JURISDICTION rows are narrowed per record
 * in the use cases (application.Reach): an alert, board or risk view of another jurisdiction is never shown, and a
 * union's stream, webhook and deliveries reach only callers that cover every jurisdiction of its directory entry.
 */
@Configuration
public class AccessPolicy {

  private static final String ALERT = "/api/alerts/{id}";
  private static final String UNION_ENTRY = "/api/unions/{id}";

  @Bean
  AccessMatrix accessMatrix() {
    return AccessMatrix.of(
        AuditTrail.READ,
        // Admins see which working-day calendar is in force and reload it (the chassis serves both).
        CalendarAdministration.READ,
        CalendarAdministration.RELOAD,
        //    method  path                                   reach         roles
        // alerts of the caller's jurisdictions: the unions they are for, the bureaus that act, the auditors
        allow(GET,    "/api/alerts",                          JURISDICTION, UNION, LABOUR_BUREAU, AUDITOR),
        allow(GET,    "/api/alerts/export.csv",               JURISDICTION, UNION, LABOUR_BUREAU, AUDITOR),
        allow(GET,    ALERT,                                  JURISDICTION, UNION, LABOUR_BUREAU, AUDITOR),
        allow(GET,    "/api/enterprises/{creditCode}/risk",   JURISDICTION, UNION, LABOUR_BUREAU, AUDITOR),
        allow(GET,    "/api/jurisdictions/{code}/board",      JURISDICTION, UNION, LABOUR_BUREAU, AUDITOR),
        // follow-up is the unions' job (first reporters): acknowledging stops the escalation
        allow(POST,   ALERT + "/acknowledgement",             JURISDICTION, UNION),
        allow(POST,   ALERT + "/resolution",                  JURISDICTION, UNION),
        // the directory is reference data everyone who routes or reads alerts needs; webhook URLs stay in reach
        allow(GET,    "/api/unions",                          ANY,          UNION, LABOUR_BUREAU, AUDITOR, ADMIN),
        allow(GET,    UNION_ENTRY,                            ANY,          UNION, LABOUR_BUREAU, AUDITOR, ADMIN),
        // the admin maintains the directory, within its jurisdictions
        allow(POST,   "/api/unions",                          JURISDICTION, ADMIN),
        allow(PUT,    UNION_ENTRY,                            JURISDICTION, ADMIN),
        // a union's own delivery channels: its live stream and its webhook
        allow(GET,    UNION_ENTRY + "/alerts/stream",         JURISDICTION, UNION),
        allow(PUT,    UNION_ENTRY + "/webhook",               JURISDICTION, UNION),
        allow(DELETE, UNION_ENTRY + "/webhook",               JURISDICTION, UNION),
        // the delivery bookkeeping: the union, and auditors checking that alerts reached it
        allow(GET,    UNION_ENTRY + "/webhook/deliveries",    JURISDICTION, UNION, AUDITOR),
        allow(GET,    UNION_ENTRY + "/webhook/attempts",      JURISDICTION, UNION, AUDITOR));
  }
}
