package io.wageguard.deposits.adapter.kafka;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.chassis.events.CloudEventCodec;
import io.wageguard.chassis.events.EventIds;
import io.wageguard.deposits.application.DepositEvents;
import io.wageguard.deposits.domain.Assessment;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DomainEvent;
import io.wageguard.deposits.domain.DueItem;
import io.wageguard.deposits.domain.Money;
import io.wageguard.deposits.domain.PolicyRef;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns what a deposit change produced into deposit.events CloudEvents, with deterministic ids. */
@Component
public class DepositEventMapper implements DepositEvents {

  public static final String OBLIGATION_ASSESSED = "wageguard.deposit.obligation-assessed.v1";
  public static final String LEDGER_ENTRY_RECORDED = "wageguard.deposit.ledger-entry-recorded.v1";
  public static final String DEADLINE_MISSED = "wageguard.deposit.deadline-missed.v1";
  public static final String ARREARS_EXCEED_BALANCE = "wageguard.deposit.arrears-exceed-balance.v1";

  private final CloudEventCodec codec = new CloudEventCodec(URI.create("/wageguard/deposit-accounts"));
  private final Clock clock;

  public DepositEventMapper(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CloudEvent toCloudEvent(Deposit deposit, PolicyRef policy, DomainEvent event) {
    String cc = deposit.creditCode();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("creditCode", cc);
    data.put("jurisdiction", deposit.facts().jurisdiction());
    return switch (event) {
      case DomainEvent.ObligationAssessed(Assessment a) -> {
        Map<String, Object> described = EventData.assessment(a);
        data.put("policy", described.remove("policy"));
        data.putAll(described);
        yield codec.create(EventIds.nameBased(cc, "obligation-assessed", Long.toString(a.sequence())),
            OBLIGATION_ASSESSED, cc, data, clock);
      }
      case DomainEvent.LedgerEntryRecorded(var entry) -> {
        data.put("policy", EventData.policy(policy));
        data.putAll(EventData.entry(entry));
        yield codec.create(EventIds.nameBased(cc, "ledger-entry-recorded", entry.entryId()),
            LEDGER_ENTRY_RECORDED, cc, data, clock);
      }
      case DomainEvent.DeadlineMissed(DueItem item) -> {
        data.put("policy", EventData.policy(policy));
        data.put("obligation", item.obligation());
        data.put("dueDate", item.dueDate().toString());
        data.put("amount", Money.format(item.amount()));
        data.put("month", item.month());
        data.put("missCount", item.missCount());
        List<String> rules = new ArrayList<>(item.ruleIds());
        rules.add("EW-7");
        data.put("ruleIds", List.copyOf(new LinkedHashSet<>(rules)));
        data.put("detectedAt", clock.instant().toString());
        yield codec.create(EventIds.nameBased(cc, "deadline-missed", item.id()), DEADLINE_MISSED, cc, data, clock);
      }
      case DomainEvent.ArrearsExceedBalance(var unpaid, var balance, var shortfall, var since) -> {
        data.put("policy", EventData.policy(policy));
        data.put("unpaidArrears", Money.format(unpaid));
        data.put("balance", Money.format(balance));
        data.put("shortfall", Money.format(shortfall));
        data.put("since", since.toString());
        data.put("ruleIds", List.of("EW-8"));
        data.put("detectedAt", clock.instant().toString());
        yield codec.create(EventIds.nameBased(cc, "arrears-exceed-balance", Money.format(unpaid), Money.format(balance)),
            ARREARS_EXCEED_BALANCE, cc, data, clock);
      }
    };
  }
}
