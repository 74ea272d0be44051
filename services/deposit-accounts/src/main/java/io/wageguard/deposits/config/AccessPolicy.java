package io.wageguard.deposits.config;

import static io.wageguard.chassis.security.AccessMatrix.allow;
import static io.wageguard.chassis.security.AccessRule.Reach.ANY;
import static io.wageguard.chassis.security.AccessRule.Reach.JURISDICTION;
import static io.wageguard.chassis.security.Role.ADMIN;
import static io.wageguard.chassis.security.Role.AUDITOR;
import static io.wageguard.chassis.security.Role.BANK;
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
 * Who may do what in deposit-accounts (issue 7). Labour bureaus decide (agreement, certificate, assessment) and
 * order money out; banks record the movements on the account; auditors read everything and write nothing; an
 * enterprise reads its own obligation, status and ledger. JURISDICTION rows are narrowed per record by
 * {@code Caller} in the controllers (another jurisdiction's enterprise is "not found"; lists are filtered).
 */
@Configuration
public class AccessPolicy {

  private static final String ENTERPRISE_PATH = "/api/enterprises/{creditCode}";

  @Bean
  AccessMatrix accessMatrix() {
    return AccessMatrix.of(
        AuditTrail.READ,
        // Admins see which working-day calendar is in force and reload it (the chassis serves both).
        CalendarAdministration.READ,
        CalendarAdministration.RELOAD,
        // ---- reads
        //    method path                                            reach         roles
        // what the service knows and from which event: the deciders and their auditors, not the enterprise
        allow(GET,  ENTERPRISE_PATH + "/facts",                      JURISDICTION, LABOUR_BUREAU, AUDITOR),
        // the obligation (TC-3/HT-1): the bank needs the amount, the enterprise its own
        allow(GET,  ENTERPRISE_PATH + "/obligation",                 JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        allow(GET,  ENTERPRISE_PATH + "/obligation/history",         JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        // balance against requirement, as of a date
        allow(GET,  ENTERPRISE_PATH + "/status",                     JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        // the hash-chained ledger, its check and its CSV: the enterprise sees its own money
        allow(GET,  ENTERPRISE_PATH + "/ledger",                     JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        allow(GET,  ENTERPRISE_PATH + "/ledger/verification",        JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        allow(GET,  ENTERPRISE_PATH + "/ledger.csv",                 JURISDICTION, LABOUR_BUREAU, AUDITOR, BANK, ENTERPRISE),
        // lists with totals across enterprises: supervisors only, filtered to their jurisdictions
        allow(GET,  "/api/deposits",                                 JURISDICTION, LABOUR_BUREAU, AUDITOR),
        allow(GET,  "/api/deposits.csv",                             JURISDICTION, LABOUR_BUREAU, AUDITOR),
        // the policies in force are published rules: anyone with an account (not the metrics scraper)
        allow(GET,  "/api/policies",                                 ANY,          LABOUR_BUREAU, UNION, AUDITOR, ENTERPRISE, BANK, ADMIN),
        // ---- decisions: the labour bureau
        // TC-4: the agreement is signed with the city labour bureau (the union witnesses it, named in the body)
        allow(POST, ENTERPRISE_PATH + "/agreement",                  JURISDICTION, LABOUR_BUREAU),
        // HT-3: the district labour department issues the certificate
        allow(POST, ENTERPRISE_PATH + "/certificate",                JURISDICTION, LABOUR_BUREAU),
        // the bureau assesses obligations; re-assessing is its call
        allow(POST, ENTERPRISE_PATH + "/assessment",                 JURISDICTION, LABOUR_BUREAU),
        // ---- money: the bank records movements on the account it keeps
        // HT-3/HT-7: the account is opened at the enterprise's basic-account bank
        allow(POST, ENTERPRISE_PATH + "/account",                    JURISDICTION, BANK),
        // deposit (TC-4), top-up (TC-5), monthly contribution (HT-2) arrive at the bank
        allow(POST, ENTERPRISE_PATH + "/credits",                    JURISDICTION, BANK),
        // HT-4/HT-5/TC-7 and HT-6: the bureau approves or orders them, the bank pays out; either may record
        allow(POST, ENTERPRISE_PATH + "/payouts",                    JURISDICTION, BANK, LABOUR_BUREAU),
        allow(POST, ENTERPRISE_PATH + "/refunds",                    JURISDICTION, BANK, LABOUR_BUREAU),
        // M-2: a wrong bank entry is corrected by the bank with a reversing entry
        allow(POST, ENTERPRISE_PATH + "/ledger/{entryId}/reversal",  JURISDICTION, BANK));
  }
}
