package io.wageguard.registry;

import io.wageguard.contracts.CreditCodes;
import io.wageguard.registry.domain.CreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Unique, valid GB 32100-2015 credit codes for tests (tests share one broker). */
public final class TestCodes {

  private TestCodes() {}

  /** "91" (enterprise, industry and commerce), the division code, 9 random characters, the check character. */
  public static String random(String division) {
    StringBuilder code = new StringBuilder("91").append(division);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
    }
    return code.append(CreditCodes.checkCharacterOf(code.toString())).toString();
  }

  public static String random() {
    return random("320585");
  }

  /** The same code with a different (so wrong) check character. */
  public static String withWrongCheck(String valid) {
    char check = valid.charAt(17);
    char wrong = CreditCodes.ALPHABET.charAt((CreditCodes.ALPHABET.indexOf(check) + 1) % CreditCodes.ALPHABET.length());
    return valid.substring(0, 17) + wrong;
  }
}
