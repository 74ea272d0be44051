package io.wageguard.alerting.domain;

import static io.wageguard.alerting.domain.Fixtures.ids;
import static io.wageguard.alerting.domain.Fixtures.observe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

  final EarlyWarningPolicy policy = EarlyWarningPolicy.defaults();
  final Routing routing = Fixtures.routing();
  final EnterpriseView withOwnUnion = new EnterpriseView("91320585MA1MK7RW0X", "太仓恒通精密机械有限公司", "320585",
      null, true);

  AlertDecision decide(Observation seen, EnterpriseView enterprise) {
    return AlertRules.decide(seen, policy, routing, enterprise);
  }

  @Test
  void EW1_caseOpenedIsBlueToTheEnterpriseUnionAndTheDistrictUnion() {
    AlertDecision d = decide(observe(Signal.EW_1, "320585", 4, false, 0, List.of("TC-2", "P-2")), withOwnUnion);
    assertThat(d.level()).isEqualTo(AlertLevel.BLUE);
    assertThat(d.baseLevel()).isEqualTo(AlertLevel.BLUE);
    assertThat(d.ruleIds()).containsExactly("EW-1", "TC-2", "P-2");
    assertThat(d.routedTo()).containsExactly(
        new Recipient("union-91320585MA1MK7RW0X", "太仓恒通精密机械有限公司工会", RecipientRole.ENTERPRISE_UNION),
        new Recipient("union-320585", "union 320585", RecipientRole.DISTRICT_UNION));
    assertThat(d.policyVersion()).isEqualTo("EARLY_WARNING/1");
  }

  @Test
  void EW1_enterpriseWithoutItsOwnUnionGoesToTheDistrictUnionOnly() {
    AlertDecision d = decide(observe(Signal.EW_1, "320585", 4, false, 0, List.of()), null);
    assertThat(ids(d)).containsExactly("union-320585");
  }

  @Test
  void EW2_noValidReportByTheDeadlineIsOrangeToDistrictCityFederationAndLabourBureau() {
    AlertDecision d = decide(observe(Signal.EW_2, "320585", 4, false, 0, List.of("TC-2", "P-2")), withOwnUnion);
    assertThat(d.level()).isEqualTo(AlertLevel.ORANGE);
    assertThat(d.ruleIds()).containsExactly("EW-2", "TC-2", "P-2");
    assertThat(d.routedTo()).extracting(Recipient::unionId, Recipient::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("union-320585", RecipientRole.DISTRICT_UNION),
        org.assertj.core.groups.Tuple.tuple("union-320500", RecipientRole.CITY_FEDERATION),
        org.assertj.core.groups.Tuple.tuple("bureau-320585", RecipientRole.LABOUR_BUREAU));
  }

  @Test
  void EW3_invalidReportIsYellowToDistrictUnionAndLabourBureau() {
    AlertDecision d = decide(observe(Signal.EW_3, "320585", null, null, 0, List.of("TC-2a", "TC-2b")), null);
    assertThat(d.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(d.ruleIds()).containsExactly("EW-3", "TC-2a", "TC-2b");
    assertThat(ids(d)).containsExactly("union-320585", "bureau-320585");
  }

  @Test
  void EW4_lapsedDeferralIsRedAndReachesTheJointMeeting() {
    AlertDecision d = decide(observe(Signal.EW_4, "320585", 4, false, 0, List.of("TC-2b")), null);
    assertThat(d.level()).isEqualTo(AlertLevel.RED);
    assertThat(d.ruleIds()).contains("EW-4", "TC-2b", "TC-8");
    assertThat(ids(d)).containsExactly("union-320585", "union-320500", "bureau-320585", "jm-320585-police",
        "jm-320585-petitions");
  }

  @Test
  void EW5_thresholdReachedIsOrangeToDistrictUnionAndLabourBureau() {
    AlertDecision d = decide(observe(Signal.EW_5, "320505", null, null, 0, List.of("TC-3c", "HT-4")), null);
    assertThat(d.level()).isEqualTo(AlertLevel.ORANGE);
    assertThat(d.ruleIds()).containsExactly("EW-5", "TC-3c", "HT-4");
    assertThat(ids(d)).containsExactly("union-320505", "bureau-320505");
  }

  @Test
  void EW6_incidentIsRedToAllAndTheJointMeeting_TC8() {
    AlertDecision d = decide(observe(Signal.EW_6, "320585", 30, true, 0, List.of("TC-3b", "HT-5")), withOwnUnion);
    assertThat(d.level()).isEqualTo(AlertLevel.RED);
    assertThat(d.baseLevel()).isEqualTo(AlertLevel.RED);
    assertThat(d.ruleIds()).contains("EW-6", "TC-3b", "HT-5", "TC-8");
    assertThat(d.routedTo()).extracting(Recipient::role).contains(RecipientRole.ENTERPRISE_UNION,
        RecipientRole.DISTRICT_UNION, RecipientRole.CITY_FEDERATION, RecipientRole.LABOUR_BUREAU,
        RecipientRole.JOINT_MEETING);
    assertThat(ids(d)).contains("jm-320585-police", "jm-320585-petitions").doesNotHaveDuplicates();
  }

  @Test
  void TC8_jointMeetingMembersWhoAreAlsoRecipientsAreNotSentTwice() {
    AlertDecision d = decide(observe(Signal.EW_6, "320585", 30, true, 0, List.of()), null);
    // union-320585 and bureau-320585 sit on the joint meeting too: each appears once, with its first role
    assertThat(ids(d)).doesNotHaveDuplicates();
    assertThat(d.routedTo()).filteredOn(r -> r.unionId().equals("union-320585"))
        .extracting(Recipient::role).containsExactly(RecipientRole.DISTRICT_UNION);
  }

  @Test
  void EW7_firstMissIsYellowSecondMissIsOrange() {
    AlertDecision first = decide(observe(Signal.EW_7, "320505", null, null, 1, List.of("EW-7", "HT-2")), null);
    AlertDecision second = decide(observe(Signal.EW_7, "320505", null, null, 2, List.of("EW-7", "HT-2")), null);
    assertThat(first.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(second.level()).isEqualTo(AlertLevel.ORANGE);
    assertThat(second.baseLevel()).isEqualTo(AlertLevel.ORANGE);
    assertThat(second.ruleIds()).containsExactly("EW-7", "HT-2");
    assertThat(second.facts()).containsEntry("missCount", 2);
    assertThat(ids(first)).containsExactly("bureau-320505", "union-320505");
  }

  @Test
  void EW8_arrearsExceedingTheBalanceIsOrangeToLabourBureauAndDistrictUnion() {
    AlertDecision d = decide(observe(Signal.EW_8, "320585", null, null, 0, List.of("EW-8")), null);
    assertThat(d.level()).isEqualTo(AlertLevel.ORANGE);
    assertThat(d.ruleIds()).containsExactly("EW-8");
    assertThat(ids(d)).containsExactly("bureau-320585", "union-320585");
  }

  @Test
  void EW9_tenWorkersRaiseEw1FromBlueToYellow() {
    AlertDecision d = decide(observe(Signal.EW_1, "320585", 10, true, 0, List.of()), withOwnUnion);
    assertThat(d.baseLevel()).isEqualTo(AlertLevel.BLUE);
    assertThat(d.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(d.ruleIds()).containsExactly("EW-1", "EW-9", "P-6");
    assertThat(d.facts()).containsEntry("groupArrearsThreshold", 10);
  }

  @Test
  void EW9_nineWorkersDoNotRaise() {
    AlertDecision d = decide(observe(Signal.EW_1, "320585", 9, false, 0, List.of()), withOwnUnion);
    assertThat(d.level()).isEqualTo(AlertLevel.BLUE);
    assertThat(d.ruleIds()).doesNotContain("EW-9");
  }

  @Test
  void EW9_groupArrearsRaiseEw2ToRedWhichReachesTheJointMeeting() {
    AlertDecision d = decide(observe(Signal.EW_2, "320585", 12, true, 0, List.of("TC-2")), null);
    assertThat(d.level()).isEqualTo(AlertLevel.RED);
    assertThat(d.ruleIds()).containsExactly("EW-2", "EW-9", "P-6", "TC-2", "TC-8");
    assertThat(ids(d)).contains("jm-320585-police");
  }

  @Test
  void EW9_redStaysRed() {
    AlertDecision d = decide(observe(Signal.EW_6, "320585", 40, true, 0, List.of()), null);
    assertThat(d.level()).isEqualTo(AlertLevel.RED);
  }

  @Test
  void EW9_usesTheEventsGroupFlagWhenWorkersAreUnknown() {
    AlertDecision d = decide(observe(Signal.EW_3, "320585", null, true, 0, List.of()), null);
    assertThat(d.level()).isEqualTo(AlertLevel.ORANGE);
  }

  @Test
  void levelsArePolicyDataPerJurisdiction() {
    Map<Signal, AlertLevel> levels = new EnumMap<>(policy.levels());
    levels.put(Signal.EW_1, AlertLevel.YELLOW);
    EarlyWarningPolicy taicang = new EarlyWarningPolicy("TAICANG_EW/2", levels, AlertLevel.ORANGE, 2, false, 10,
        policy.routes(), Duration.ofHours(4));
    EarlyWarningPolicies policies = new EarlyWarningPolicies(policy, Map.of("320585", taicang));

    assertThat(policies.forJurisdiction(Fixtures.TAICANG_TOWN, Fixtures.TREE)).isSameAs(taicang);
    assertThat(policies.forJurisdiction("320582", Fixtures.TREE)).isSameAs(policy);
    AlertDecision d = AlertRules.decide(observe(Signal.EW_1, "320585", 12, true, 0, List.of()),
        taicang, routing, null);
    assertThat(d.level()).isEqualTo(AlertLevel.YELLOW); // own level, and no EW-9 raise in this policy
    assertThat(d.policyVersion()).isEqualTo("TAICANG_EW/2");
  }

  @Test
  void escalationRaisesOneLevel() {
    assertThat(AlertRules.escalated(AlertLevel.BLUE)).isEqualTo(AlertLevel.YELLOW);
    assertThat(AlertRules.escalated(AlertLevel.ORANGE)).isEqualTo(AlertLevel.RED);
    assertThat(AlertRules.escalated(AlertLevel.RED)).isEqualTo(AlertLevel.RED);
  }
}
