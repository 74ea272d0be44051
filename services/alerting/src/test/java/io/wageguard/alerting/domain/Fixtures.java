package io.wageguard.alerting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The jurisdictions of contracts/ and a directory like the seeded one, for domain tests. */
final class Fixtures {

  static final JurisdictionTree TREE = new JurisdictionTree(
      Map.of("320505", "320500", "320506", "320500", "320507", "320500", "320508", "320500",
          "320509", "320500", "320581", "320500", "320582", "320500", "320583", "320500", "320585", "320500"),
      Map.of("320500", "Suzhou City", "320585", "Taicang City", "320582", "Zhangjiagang City",
          "320505", "Huqiu District"));

  static final String TAICANG_TOWN = "320585102";

  static List<Union> directory() {
    List<Union> all = new ArrayList<>();
    all.add(union("union-320500", "苏州市总工会", UnionKind.CITY_FEDERATION, "320500", List.of()));
    all.add(union("bureau-320500", "苏州市人社局", UnionKind.LABOUR_BUREAU, "320500", List.of()));
    for (String code : List.of("320585", "320582", "320505")) {
      boolean taicang = code.equals("320585");
      all.add(union("union-" + code, "union " + code, UnionKind.DISTRICT_UNION, code,
          taicang ? List.of(code) : List.of()));
      all.add(union("bureau-" + code, "bureau " + code, UnionKind.LABOUR_BUREAU, code,
          taicang ? List.of(code) : List.of()));
    }
    all.add(union("union-320585-chengxiang", "太仓市城厢镇总工会", UnionKind.TOWN_UNION, TAICANG_TOWN, List.of()));
    all.add(union("jm-320585-police", "太仓市公安局", UnionKind.DEPARTMENT, "320585", List.of("320585")));
    all.add(union("jm-320585-petitions", "太仓市信访局", UnionKind.DEPARTMENT, "320585", List.of("320585")));
    return all;
  }

  static Routing routing() {
    return new Routing(directory(), TREE);
  }

  static Union union(String id, String name, UnionKind kind, String jurisdiction, List<String> jointMeetingOf) {
    return new Union(id, name, null, kind, List.of(jurisdiction), null, null, jointMeetingOf);
  }

  static Observation observe(Signal signal, String jurisdiction, Integer workers, Boolean group, int missCount,
      List<String> cited) {
    return new Observation(signal, "91320585MA1MK7RW0X", jurisdiction, List.of("case-1"), cited, workers, group,
        missCount, Map.of("workersAffected", workers == null ? 0 : workers), "case-1");
  }

  static List<String> ids(AlertDecision decision) {
    return decision.routedTo().stream().map(Recipient::unionId).toList();
  }

  private Fixtures() {}
}
