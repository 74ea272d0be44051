package io.wageguard.arrears;

import io.wageguard.testsupport.DomainPurity;
import org.junit.jupiter.api.Test;

class DomainPurityTest {
  @Test
  void domainIsPure() {
    DomainPurity.verify("io.wageguard.arrears");
  }
}
