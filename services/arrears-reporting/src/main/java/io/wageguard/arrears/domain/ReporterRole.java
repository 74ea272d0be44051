package io.wageguard.arrears.domain;

/** Who reports arrears: the labour bureau, or a union acting as first reporter (第一报告人). */
public enum ReporterRole {
  LABOUR_BUREAU,
  UNION
}
