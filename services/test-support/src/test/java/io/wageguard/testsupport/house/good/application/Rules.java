package io.wageguard.testsupport.house.good.application;

import io.wageguard.testsupport.house.good.domain.Rule;
import java.util.Optional;

/** A port: the application says what it needs, an adapter provides it. */
public interface Rules {
  Optional<Rule> find(String id);
}
