package io.wageguard.registry.config;

import io.wageguard.contracts.ContractPaths;
import io.wageguard.registry.domain.Jurisdictions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Configuration
public class RegistryConfiguration {

  /** The GB/T 2260 codes of contracts/reference/jurisdictions.json. */
  @Bean
  Jurisdictions jurisdictions() {
    try (InputStream in = new ClassPathResource(ContractPaths.JURISDICTIONS).getInputStream()) {
      JsonNode root = JsonMapper.builder().build().readTree(in);
      Set<String> codes = new HashSet<>();
      root.path("jurisdictions").forEach(j -> codes.add(j.path("code").asString()));
      if (codes.isEmpty()) {
        throw new IllegalStateException(ContractPaths.JURISDICTIONS + " lists no jurisdiction");
      }
      return new Jurisdictions(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Business dates stored as ISO strings (never shifted by a JVM's time zone, P-1) and money as exact
   * decimal strings (M-1).
   */
  @Bean
  MongoCustomConversions mongoCustomConversions() {
    return new MongoCustomConversions(List.of(
        new LocalDateToString(), new StringToLocalDate(), new BigDecimalToString(), new StringToBigDecimal()));
  }

  @WritingConverter
  static final class LocalDateToString implements Converter<LocalDate, String> {
    @Override
    public String convert(LocalDate source) {
      return source.toString();
    }
  }

  @ReadingConverter
  static final class StringToLocalDate implements Converter<String, LocalDate> {
    @Override
    public LocalDate convert(String source) {
      return LocalDate.parse(source);
    }
  }

  @WritingConverter
  static final class BigDecimalToString implements Converter<BigDecimal, String> {
    @Override
    public String convert(BigDecimal source) {
      return source.toPlainString();
    }
  }

  @ReadingConverter
  static final class StringToBigDecimal implements Converter<String, BigDecimal> {
    @Override
    public BigDecimal convert(String source) {
      return new BigDecimal(source);
    }
  }
}
