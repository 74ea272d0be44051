package io.wageguard.alerting.domain;

import java.util.List;
import java.util.Map;

/** What the rules decided about one observation: level, the rules that decided it, the facts and the recipients. */
public record AlertDecision(
    Signal signal,
    List<String> identity,
    AlertLevel level,
    AlertLevel baseLevel,
    List<String> ruleIds,
    Map<String, Object> facts,
    List<Recipient> routedTo,
    String policyVersion) {}
