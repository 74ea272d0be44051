package io.wageguard.alerting.it;

import java.util.concurrent.ThreadLocalRandom;

/** Valid GB 32100-2015 credit codes for tests, unique per call. */
final class CreditCodes {
  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  static String in(String jurisdiction) {
    StringBuilder code = new StringBuilder("91").append(jurisdiction);
    for (int i = 0; i < 9; i++) {
      code.append(CHARS.charAt(ThreadLocalRandom.current().nextInt(CHARS.length())));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARS.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return code.append(CHARS.charAt(check == 31 ? 0 : check)).toString();
  }

  private CreditCodes() {}
}
