package io.wageguard.arrears.domain;

/** Incidents that trigger TC-3b (collective petition) and HT-5 (direct payout), signalled as EW-6. */
public enum IncidentKind {
  COLLECTIVE_PETITION,
  STRIKE,
  OWNER_ABSCONDED
}
