package org.permanence.system.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates, times of day and instants of request bodies are ISO-8601 text ({@code "2026-12-24"}, {@code "08:00"},
 * {@code "2026-12-24T08:00:00+01:00"}) and nothing else, naming the field otherwise: Jackson's own deserializers also
 * take an epoch number for an instant, an array for a date ({@code []} cleared it) and a date-time for a date, whose
 * time they drop. Dates and instants outside {@value #FIRST_YEAR}–{@value #LAST_YEAR} are refused too. The database
 * keeps instants up to the end of year 9999, and a night shift or a payroll month at that end would run past it; no
 * helpline plans or pays that far from today. Spring Boot registers this module after Jackson's own java.time
 * module, so these deserializers take precedence.
 */
@Component
class SupportedDatesModule extends SimpleModule {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    static final String OUTSIDE_YEARS = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    SupportedDatesModule() {
        super("permanence-supported-dates");
        addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse, date -> date));
        addDeserializer(Instant.class, new IsoText<>(Instant.class,
                text -> Instant.from(DateTimeFormatter.ISO_INSTANT.parse(text)),
                instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC)));
        addDeserializer(LocalTime.class, new IsoText<>(LocalTime.class, LocalTime::parse, null));
    }

    static boolean supportedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static final class IsoText<T> extends StdDeserializer<T> {

        private final Function<String, T> parse;
        @Nullable
        private final Function<T, LocalDate> dateOf;

        /** @param dateOf the day of a value whose year is checked; null for a time of day */
        IsoText(Class<T> type, Function<String, T> parse, @Nullable Function<T, LocalDate> dateOf) {
            super(type);
            this.parse = parse;
            this.dateOf = dateOf;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeException unreadable) {
                return (T) context.handleWeirdStringValue(handledType(), text, unreadable.getMessage());
            }
            if (dateOf != null && !supportedYear(dateOf.apply(value).getYear())) {
                throw new UnsupportedDateException(parser, value, handledType());
            }
            return value;
        }
    }

    /** A date or instant read well but outside the supported years: its reason is the whole answer. */
    static final class UnsupportedDateException extends InvalidFormatException {

        UnsupportedDateException(JsonParser parser, Object value, Class<?> type) {
            super(parser, OUTSIDE_YEARS, value, type);
        }
    }
}
