package org.permanence.system.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.stereotype.Component;

/**
 * Refuses dates and instants of request bodies outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}, naming the field.
 * The database keeps instants up to the end of year 9999, and a night shift or a payroll month at that end would run
 * past it; no helpline plans or pays that far from today. Spring Boot registers this module after Jackson's own
 * java.time module, so these deserializers take precedence.
 */
@Component
class SupportedDatesModule extends SimpleModule {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    SupportedDatesModule() {
        super("permanence-supported-dates");
        addDeserializer(LocalDate.class, new WithinSupportedYears<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                date -> date));
        addDeserializer(Instant.class, new WithinSupportedYears<>(Instant.class, InstantDeserializer.INSTANT,
                instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC)));
    }

    private static final class WithinSupportedYears<T> extends StdDeserializer<T> {

        private final JsonDeserializer<T> standard;
        private final Function<T, LocalDate> dateOf;

        WithinSupportedYears(Class<T> type, JsonDeserializer<T> standard, Function<T, LocalDate> dateOf) {
            super(type);
            this.standard = standard;
            this.dateOf = dateOf;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = standard.deserialize(parser, context);
            int year = value == null ? FIRST_YEAR : dateOf.apply(value).getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new UnsupportedDateException(parser, value, handledType());
            }
            return value;
        }
    }

    /** A date or instant read well but outside the supported years: its reason is the whole answer. */
    static final class UnsupportedDateException extends InvalidFormatException {

        UnsupportedDateException(JsonParser parser, Object value, Class<?> type) {
            super(parser, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR, value, type);
        }
    }
}
