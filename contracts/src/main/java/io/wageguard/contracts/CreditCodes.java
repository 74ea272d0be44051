package io.wageguard.contracts;

/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: the key of every record on every topic.
 * 18 characters from {@code 0-9 A-H J-N P Q R T U W X Y} (no I, O, Z, S, V); characters 3..8 are the
 * GB/T 2260 division code; character 18 is a check character over the first 17 (weights 3^i mod 31,
 * check = 31 - sum mod 31). A JSON Schema can check the shape but not the check character, so every
 * service and test checks it here, the same way.
 */
public final class CreditCodes {

  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** The rule id cited when a code is refused. */
  public static final String RULE = "GB32100-2015";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCodes() {}

  public static boolean isValid(String value) {
    return problemWith(value) == null;
  }

  /** Why the value is not a valid code, as a phrase that follows the field name; null if it is valid. */
  public static String problemWith(String value) {
    if (value == null || value.isEmpty()) {
      return "is required";
    }
    if (value.length() != 18) {
      return "must have 18 characters, not " + value.length();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return "has '" + c + "' at position " + (i + 1)
            + ", but only digits and the upper-case letters A-H J-N P Q R T U W X Y are allowed";
      }
    }
    for (int i = 2; i < 8; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return "must have the 6-digit GB/T 2260 division code at positions 3 to 8";
      }
    }
    char expected = checkCharacterOf(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      return "has the check character '" + value.charAt(17) + "', but the first 17 characters give '"
          + expected + "'";
    }
    return null;
  }

  /** The check character (position 18) of the first 17 characters. */
  public static char checkCharacterOf(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int digit = ALPHABET.indexOf(first17.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("not in the alphabet: " + first17.charAt(i));
      }
      sum += digit * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
