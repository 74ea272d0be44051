package io.wageguard.alerting.domain;

/** Kinds of directory entries: unions at each level, the labour bureau, other joint-meeting departments (TC-8). */
public enum UnionKind {
  ENTERPRISE_UNION, TOWN_UNION, DISTRICT_UNION, CITY_FEDERATION, LABOUR_BUREAU, DEPARTMENT
}
