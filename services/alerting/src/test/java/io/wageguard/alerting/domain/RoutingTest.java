package io.wageguard.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {

  final Routing routing = Fixtures.routing();
  final List<RecipientRole> district = List.of(RecipientRole.DISTRICT_UNION);

  @Test
  void aDistrictUnionGetsItsOwnAlertsAndNotItsNeighbours() {
    assertThat(routing.route(district, "91320585MA1MK7RW0X", "320585", null))
        .extracting(Recipient::unionId).containsExactly("union-320585");
    assertThat(routing.route(district, "91320582MA1MK7RW0X", "320582", null))
        .extracting(Recipient::unionId).containsExactly("union-320582");
  }

  @Test
  void aDistrictUnionGetsItsTownsAlertsWithTheTownUnion() {
    EnterpriseView inTown = new EnterpriseView("91320585MA1MK7RW0X", "x", "320585", Fixtures.TAICANG_TOWN, false);
    assertThat(routing.route(district, "91320585MA1MK7RW0X", "320585", inTown))
        .extracting(Recipient::unionId, Recipient::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("union-320585-chengxiang", RecipientRole.TOWN_UNION),
            org.assertj.core.groups.Tuple.tuple("union-320585", RecipientRole.DISTRICT_UNION));
  }

  @Test
  void aTownOfAnotherDistrictIsNeverUsed() {
    // the enterprise view says a Taicang town, but the alert is in Zhangjiagang: the town does not apply
    EnterpriseView moved = new EnterpriseView("91320582MA1MK7RW0X", "x", "320582", Fixtures.TAICANG_TOWN, false);
    assertThat(routing.route(district, "91320582MA1MK7RW0X", "320582", moved))
        .extracting(Recipient::unionId).containsExactly("union-320582");
  }

  @Test
  void theCityFederationCoversItsDistrictsAndCountyLevelCities() {
    Union federation = Fixtures.directory().getFirst();
    assertThat(federation.covers("320585", Fixtures.TREE)).isTrue();
    assertThat(federation.covers(Fixtures.TAICANG_TOWN, Fixtures.TREE)).isTrue();
    assertThat(federation.covers("320401", Fixtures.TREE)).isFalse();
    assertThat(routing.route(List.of(RecipientRole.CITY_FEDERATION), "91320505MA1NP4XQXA", "320505", null))
        .extracting(Recipient::unionId).containsExactly("union-320500");
  }

  @Test
  void theNearestLabourBureauIsChosen() {
    assertThat(routing.route(List.of(RecipientRole.LABOUR_BUREAU), "91320585MA1MK7RW0X", "320585", null))
        .extracting(Recipient::unionId).containsExactly("bureau-320585");
    // Wuzhong has no bureau of its own in this directory: the city's
    assertThat(routing.route(List.of(RecipientRole.LABOUR_BUREAU), "91320506MA1MK7RW0X", "320506", null))
        .extracting(Recipient::unionId).containsExactly("bureau-320500");
  }

  @Test
  void anAlertNobodyCoversIsKeptAsUnrouted() {
    assertThat(routing.route(district, "91320401MA1MK7RW0X", "320401", null))
        .extracting(Recipient::role).containsExactly(RecipientRole.UNROUTED);
  }
}
