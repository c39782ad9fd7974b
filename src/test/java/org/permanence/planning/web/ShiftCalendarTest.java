package org.permanence.planning.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftCalendarTest {

    private static final Instant STAMP = Instant.parse("2027-01-10T09:30:15.250Z");

    private static String calendarWith(String summary) {
        return ShiftCalendar.of("Permanence shifts", List.of(new ShiftCalendar.Event(7, 42, 3, "2027-03-27",
                Instant.parse("2027-03-27T20:00:00Z"), Instant.parse("2027-03-28T05:00:00Z"), summary)), STAMP);
    }

    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "");
    }

    @Test
    void anEventHoldsItsRealInstantsInUtcSoANightAcrossTheClockChangeLastsNineHours() {
        String calendar = calendarWith("Night (N)");

        assertThat(calendar).contains("\r\nDTSTART:20270327T200000Z\r\n", "\r\nDTEND:20270328T050000Z\r\n",
                "\r\nDTSTAMP:20270110T093015Z\r\n", "\r\nUID:rota-7-employee-42-2027-03-27@permanence\r\n",
                "\r\nSEQUENCE:3\r\n");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithinSeventyFiveOctets() {
        String summary = "Écoute de nuit; renfort, week-end \\ férié\n" + "é".repeat(60);

        String calendar = calendarWith(summary);

        assertThat(Arrays.stream(calendar.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(unfolded(calendar)).contains("\r\nSUMMARY:Écoute de nuit\\; renfort\\, week-end \\\\ férié\\n"
                + "é".repeat(60) + "\r\n");
    }
}
