package org.permanence.system.web;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Times of day are answered as they are written and accepted, {@code "07:00"}: every one the service stores is on a
 * whole minute (seconds are refused on input), so {@code "07:00:00"} only said the same thing longer.
 */
@Component
class MinuteTimesModule extends SimpleModule {

    MinuteTimesModule() {
        super("permanence-minute-times");
        addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm")));
    }
}
