package io.wageguard.alerting.domain;

/** Why an alert went to a recipient (the "goes to" column of RULES.md). */
public enum RecipientRole {
  ENTERPRISE_UNION, TOWN_UNION, DISTRICT_UNION, CITY_FEDERATION, LABOUR_BUREAU, JOINT_MEETING, UNROUTED
}
