package io.wageguard.arrears.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Valid GB 32100-2015 credit codes for tests: a Taicang (320585) or other prefix, random body, right check char. */
public final class CreditCodesForTests {

  private static final String BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private CreditCodesForTests() {}

  public static String random(String division) {
    StringBuilder s = new StringBuilder("91").append(division);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    while (s.length() < 17) {
      s.append(BODY.charAt(r.nextInt(BODY.length())));
    }
    return s.append(CreditCodes.checkCharacter(s.toString())).toString();
  }
}
