package org.permanence.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates, months and instants in paths and query parameters are ISO-8601 and in the years
 * {@value SupportedDatesModule#FIRST_YEAR}–{@value SupportedDatesModule#LAST_YEAR}, as in request bodies
 * ({@link SupportedDatesModule}); otherwise a 400 names the parameter. Month 0000-01 could be confirmed, 9999-12
 * closed (which locked the active rule set) and -0001-01 failed in the database. Registered after Spring's own
 * formatters, which also read localized dates and epoch milliseconds, these take precedence, also over
 * {@code @DateTimeFormat(iso = DATE)}.
 */
@Configuration(proxyBeanMethods = false)
class SupportedDatesInUrls implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Iso<>(LocalDate::parse, LocalDate::getYear));
        registry.addFormatterForFieldType(YearMonth.class, new Iso<>(YearMonth::parse, YearMonth::getYear));
        registry.addFormatterForFieldType(Instant.class,
                new Iso<>(text -> Instant.from(DateTimeFormatter.ISO_INSTANT.parse(text)),
                        instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC).getYear()));
    }

    private record Iso<T>(Function<String, T> parser, ToIntFunction<T> yearOf) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) {
            T value = parser.apply(text);
            if (!SupportedDatesModule.supportedYear(yearOf.applyAsInt(value))) {
                throw new UnsupportedYearException();
            }
            return value;
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }

    /** A date, month or instant read well but outside the supported years: its message is the whole reason. */
    static final class UnsupportedYearException extends IllegalArgumentException {

        UnsupportedYearException() {
            super(SupportedDatesModule.OUTSIDE_YEARS);
        }
    }
}
