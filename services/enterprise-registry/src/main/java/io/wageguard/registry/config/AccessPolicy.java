package io.wageguard.registry.config;

import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static io.wageguard.chassis.security.Role.ADMIN;
import static io.wageguard.chassis.security.Role.AUDITOR;
import static io.wageguard.chassis.security.Role.ENTERPRISE;
import static io.wageguard.chassis.security.Role.LABOUR_BUREAU;
import static io.wageguard.chassis.security.Role.UNION;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import io.wageguard.chassis.calendar.CalendarAdministration;
import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what in the register (issue 7). Every row reaches records by jurisdiction: the controllers narrow each
 * read, change and search to the caller's jurisdictions (an enterprise: its own record), see {@code Caller}.
 * Banks have no business here (deposit-accounts learns enterprises from {@code enterprise.events}); MONITORING
 * reaches only /actuator.
 */
@Configuration
class AccessPolicy {

  @Bean
  AccessMatrix accessMatrix() {
    return AccessMatrix.of(
        // Auditors and admins read who changed what (the chassis records every write).
        AuditTrail.READ,
        // Admins see which working-day calendar is in force and reload it (the chassis serves both).
        CalendarAdministration.READ,
        CalendarAdministration.RELOAD,
        //    method  path                                        reach         roles
        // Everyone with a stake in an enterprise reads it; an enterprise reads only its own record.
        allow(GET,   "/api/enterprises/{creditCode}",              JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN),
        // The same readers search; the query itself is narrowed to what each reaches.
        allow(GET,   "/api/enterprises",                           JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN),
        // Labour bureaus supervise the employers of their district and keep the register; admins correct it.
        allow(POST,  "/api/enterprises",                           JURISDICTION, LABOUR_BUREAU, ADMIN),
        // Bureaus keep their employers in spreadsheets: the bulk form of registering and updating.
        allow(POST,  "/api/enterprises/import",                    JURISDICTION, LABOUR_BUREAU, ADMIN),
        // Profile changes (premises, headcount, a move) are what the bureau learns of its employers.
        allow(PATCH, "/api/enterprises/{creditCode}",              JURISDICTION, LABOUR_BUREAU, ADMIN),
        // Payroll as declared to the bureau: the base of the TC-4/HT-2 deposits.
        allow(POST,  "/api/enterprises/{creditCode}/payroll",      JURISDICTION, LABOUR_BUREAU, ADMIN),
        // The labour-security integrity grade is the city labour bureau's to give (TC-6, HT-6b).
        allow(POST,  "/api/enterprises/{creditCode}/ratings",      JURISDICTION, LABOUR_BUREAU, ADMIN),
        // "Harmonious labour relations enterprise" is the union federation's designation (TC-6).
        allow(POST,  "/api/enterprises/{creditCode}/designations", JURISDICTION, UNION, ADMIN),
        // Dissolution, bankruptcy, closure (TC-7, HT-6c) reach the bureau first.
        allow(POST,  "/api/enterprises/{creditCode}/status",       JURISDICTION, LABOUR_BUREAU, ADMIN));
  }
}
