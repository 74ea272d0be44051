package io.wageguard.arrears.config;

import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static io.wageguard.chassis.security.Role.ADMIN;
import static io.wageguard.chassis.security.Role.AUDITOR;
import static io.wageguard.chassis.security.Role.ENTERPRISE;
import static io.wageguard.chassis.security.Role.LABOUR_BUREAU;
import static io.wageguard.chassis.security.Role.UNION;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.wageguard.chassis.calendar.CalendarAdministration;
import io.wageguard.chassis.security.AccessMatrix;
import io.wageguard.chassis.security.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may do what with arrears cases (issue 7). Every row reaches cases by jurisdiction: CaseService narrows each
 * read and change to the caller's jurisdictions (an enterprise: its own cases), and the list query likewise.
 * Banks have no business here (deposit-accounts learns of arrears from {@code arrears.events}); MONITORING reaches
 * only /actuator. Bulk submissions from bureau systems arrive on {@code arrears.submissions}, guarded by the
 * broker's ACL, not by this matrix.
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
        //    method path                              reach         roles
        // Everyone with a stake in a case reads it; an enterprise reads only its own cases.
        allow(GET,  "/api/cases/{caseId}",              JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN),
        // The same readers list; the query itself is narrowed to what each reaches.
        allow(GET,  "/api/cases",                       JURISDICTION, LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, ADMIN),
        // Bureaus submit arrears facts; unions may too, as the workers' "first reporters" (EW-1).
        allow(POST, "/api/cases",                       JURISDICTION, LABOUR_BUREAU, UNION),
        // The employer files its own written TC-2 report; the bureau enters one it received on paper.
        allow(POST, "/api/cases/{caseId}/report",       JURISDICTION, ENTERPRISE, LABOUR_BUREAU),
        // Payments of the owed wages are arrears facts the bureau records.
        allow(POST, "/api/cases/{caseId}/settlements",  JURISDICTION, LABOUR_BUREAU),
        // A collective petition, a strike, an absconded owner (TC-3b, HT-5): the bureau or the union (first reporter
        // of trouble) records it.
        allow(POST, "/api/cases/{caseId}/incidents",    JURISDICTION, LABOUR_BUREAU, UNION),
        // Closing a case is the bureau's decision.
        allow(POST, "/api/cases/{caseId}/close",        JURISDICTION, LABOUR_BUREAU));
  }
}
