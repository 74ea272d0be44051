package io.wageguard.contracts;

/** The GB 32100-2015 check character, which a JSON Schema cannot compute. */
final class UnifiedSocialCreditCode {

  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private UnifiedSocialCreditCode() {}

  static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CHARSET.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == CHARSET.charAt(check);
  }
}
