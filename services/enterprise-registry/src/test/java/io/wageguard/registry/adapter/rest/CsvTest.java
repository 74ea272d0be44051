package io.wageguard.registry.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class CsvTest {

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
    List<Csv.Line> lines = Csv.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",3\n2,\"two\nlines\",4\n\n5,,");

    assertThat(lines).extracting(Csv.Line::fields).containsExactly(
        List.of("a", "b", "c"),
        List.of("1", "x, \"y\"", "3"),
        List.of("2", "two\nlines", "4"),
        List.of(""),
        List.of("5", "", ""));
    assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 2, 3, 5, 6);
    assertThat(lines.get(3).isBlank()).isTrue();
  }

  @Test
  void aTrailingLineBreakAddsNoRecordAndAnEmptyTextHasNone() {
    assertThat(Csv.parse("a,b\n")).hasSize(1);
    assertThat(Csv.parse("")).isEmpty();
  }

  @Test
  void carriageReturnsAloneEndLinesToo() {
    assertThat(Csv.parse("a,b\r1,2\r3,4")).extracting(Csv.Line::number).containsExactly(1, 2, 3);
  }

  @Test
  void aQuoteNeverClosedIsNotCsv() {
    assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open")).isInstanceOf(JacksonException.class);
  }
}
