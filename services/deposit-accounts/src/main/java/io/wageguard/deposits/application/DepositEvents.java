package io.wageguard.deposits.application;

import io.wageguard.chassis.events.CloudEvent;
import io.wageguard.deposits.domain.Deposit;
import io.wageguard.deposits.domain.DomainEvent;
import io.wageguard.deposits.domain.PolicyRef;

/**
 * The CloudEvents deposit-accounts writes on {@code deposit.events} (a port; the Kafka adapter knows the topic's
 * contract). The use cases store them with the deposit's change, in one write.
 */
public interface DepositEvents {

  CloudEvent toCloudEvent(Deposit deposit, PolicyRef policy, DomainEvent event);
}
