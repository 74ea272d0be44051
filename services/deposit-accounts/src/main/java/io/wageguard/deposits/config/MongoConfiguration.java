package io.wageguard.deposits.config;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Money is stored as decimal strings ("240000.00": exact, scale kept, M-1) and business dates as ISO strings
 * (no time zone can shift them, P-1; they sort, so date ranges are indexable).
 */
@Configuration
public class MongoConfiguration {

  @WritingConverter
  enum LocalDateWriter implements Converter<LocalDate, String> {
    INSTANCE;
    @Override
    public String convert(LocalDate source) {
      return source.toString();
    }
  }

  @ReadingConverter
  enum LocalDateReader implements Converter<String, LocalDate> {
    INSTANCE;
    @Override
    public LocalDate convert(String source) {
      return LocalDate.parse(source);
    }
  }

  @Bean
  public MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(adapter -> adapter
        .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.STRING)
        .registerConverters(List.of(LocalDateWriter.INSTANCE, LocalDateReader.INSTANCE)));
  }
}
