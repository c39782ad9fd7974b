package org.permanence.planning.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Published shifts as an iCalendar (RFC 5545) document, for calendar applications. An event's UID names the rota,
 * employee and day, so a shift moved or re-timed in a later published version updates the event (its SEQUENCE is
 * the version number) instead of adding a second one.
 */
final class ShiftCalendar {

    record Event(long rotaId, long employeeId, int version, String date, Instant start, Instant end, String summary) {
    }

    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    private ShiftCalendar() {
    }

    static String of(String calendarName, List<Event> events, Instant stamp) {
        ShiftCalendar calendar = new ShiftCalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Permanence//Published shifts//EN");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + escape(calendarName));
        String dtStamp = UTC_DATE_TIME.format(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (Event event : events) {
            calendar.line("BEGIN:VEVENT");
            calendar.line("UID:rota-" + event.rotaId() + "-employee-" + event.employeeId() + "-" + event.date()
                    + "@permanence");
            calendar.line("SEQUENCE:" + event.version());
            calendar.line("DTSTAMP:" + dtStamp);
            calendar.line("DTSTART:" + UTC_DATE_TIME.format(event.start()));
            calendar.line("DTEND:" + UTC_DATE_TIME.format(event.end()));
            calendar.line("SUMMARY:" + escape(event.summary()));
            calendar.line("TRANSP:OPAQUE");
            calendar.line("END:VEVENT");
        }
        calendar.line("END:VCALENDAR");
        return calendar.text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes a content line, folded so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1). */
    private void line(String content) {
        int octets = 0;
        for (int offset = 0; offset < content.length(); ) {
            int codePoint = content.codePointAt(offset);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            offset += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}
