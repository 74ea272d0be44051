package io.wageguard.testsupport.house.good;

import io.wageguard.testsupport.house.good.config.Wiring;

public class GoodApplication {
  public static void main(String[] args) {
    new Wiring().controller();
  }
}
