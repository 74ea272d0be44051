package io.wageguard.testsupport;

import io.wageguard.contracts.CreditCodes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Unified social credit codes for tests that pass the GB 32100-2015 check, unique enough that tests
 * sharing one broker never collide.
 */
public final class TestCreditCodes {

  private TestCreditCodes() {}

  /** A random valid code of an enterprise (category 9, type 1) registered in the given division. */
  public static String random(String jurisdiction) {
    StringBuilder code = new StringBuilder("91").append(jurisdiction);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (code.length() < 17) {
      code.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
    }
    return code.append(CreditCodes.checkCharacterOf(code.toString())).toString();
  }
}
