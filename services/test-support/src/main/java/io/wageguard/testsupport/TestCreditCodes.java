package io.wageguard.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unified social credit codes for tests that pass the GB 32100-2015 check, unique enough that tests
 * sharing one broker never collide.
 */
public final class TestCreditCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private TestCreditCodes() {}

  /** A random valid code of an enterprise (category 9, type 1) registered in the given division. */
  public static String random(String jurisdiction) {
    StringBuilder code = new StringBuilder("91").append(jurisdiction);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.append(checkCharacter(code)).toString();
  }

  /** The check character of the first 17 characters. */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
