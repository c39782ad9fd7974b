package org.permanence.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rota periods no other test uses. All integration tests share one database, and a rota may not share a day with a
 * published one, so a test that publishes, or creates a rota next to tests that do, takes its own fortnight here.
 */
public final class TestPeriods {

    private static final int FORTNIGHTS_PER_YEAR = 4;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPeriods() {
    }

    /**
     * The Monday of a fortnight nobody has taken yet, between mid-January and mid-March of a year from 2200 on: free
     * of public holidays and clock changes, so a week's expected minutes are the template's.
     */
    public static LocalDate monday() {
        int fortnight = NEXT.getAndIncrement();
        LocalDate firstMonday = LocalDate.of(2200 + fortnight / FORTNIGHTS_PER_YEAR, 1, 8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return firstMonday.plusWeeks(2L * (fortnight % FORTNIGHTS_PER_YEAR));
    }
}
