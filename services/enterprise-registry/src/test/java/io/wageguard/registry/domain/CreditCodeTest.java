package io.wageguard.registry.domain;

import io.wageguard.contracts.CreditCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wageguard.registry.TestCodes;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015: 18 characters of the standard's alphabet, the check character at position 18. */
class CreditCodeTest {

  @Test
  void theStandardsOwnExampleIsValid() {
    assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    assertThat(CreditCodes.checkCharacterOf("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void theContractExamplesAreValid() {
    assertThat(CreditCode.isValid("91320585MA1MK7RW0X")).isTrue();
    assertThat(CreditCode.isValid("91320505MA1NP4XQXA")).isTrue();
  }

  @Test
  void aWrongCheckCharacterIsRefusedAndTheRightOneNamed() {
    assertThat(CreditCode.problemWith("91350100M000100Y44"))
        .contains("check character '4'").contains("give '3'");
    assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedCodesAreValidAndAnyOtherCheckCharacterIsNot() {
    boolean sawZero = false;
    for (int i = 0; i < 2000; i++) {
      String code = TestCodes.random();
      assertThat(CreditCode.isValid(code)).as(code).isTrue();
      assertThat(CreditCode.isValid(TestCodes.withWrongCheck(code))).as(code).isFalse();
      sawZero |= code.charAt(17) == '0';
    }
    // 31 - (sum mod 31) = 31 is written '0'; among 2000 random codes some have it (p of none ~ 1e-28).
    assertThat(sawZero).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100I43", "91350100M000100O43", "91350100M000100Z43",
      "91350100M000100S43", "91350100M000100V43"})
  void lettersIOZSVAreNotInTheAlphabet(String code) {
    assertThat(CreditCode.problemWith(code)).contains("only digits and the upper-case letters").doesNotContain("check");
    assertThat(CreditCode.problemWith(code)).contains("position 16");
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "", "9135"})
  void wrongLengthIsRefused(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
    if (!code.isEmpty()) {
      assertThat(CreditCode.problemWith(code)).contains("18 characters");
    }
  }

  @Test
  void lowerCaseIsRefusedNotGuessed() {
    assertThat(CreditCode.problemWith("91350100m000100y43")).contains("'m'").contains("position 9");
  }

  @Test
  void theDivisionCodeIsDigits() {
    String first17 = "9135A100M000100Y4";
    String code = first17 + CreditCodes.checkCharacterOf(first17);
    assertThat(CreditCode.problemWith(code)).contains("GB/T 2260");
  }

  @Test
  void nullIsRequired() {
    assertThat(CreditCode.problemWith(null)).isEqualTo("is required");
  }

  @RepeatedTest(3)
  void generatedTestCodesMatchTheContractPattern() {
    assertThat(TestCodes.random("320505")).matches("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");
  }
}
