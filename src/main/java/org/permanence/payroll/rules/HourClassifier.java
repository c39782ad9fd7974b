package org.permanence.payroll.rules;

import org.permanence.calendar.PublicHolidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies an employee's actual time for a month under a {@link PayrollRuleSet}, in the helpline's zone.
 * A pure function of its inputs (the holiday cache only avoids recomputing Easter); safe to share between threads.
 * <p>
 * Time is split at civil-day boundaries in the zone; each piece's minutes are real elapsed minutes. Overtime and
 * complementary hours are computed per whole civil week and are the week's chronologically last worked minutes.
 * Instants are truncated to the minute.
 */
public final class HourClassifier {

    /** Week-based items, in the order their minutes are shared between months. */
    private static final PayItem[] WEEKLY_ITEMS = {
            PayItem.NORMAL, PayItem.OVERTIME_FIRST_TIER, PayItem.OVERTIME_SECOND_TIER,
            PayItem.COMPLEMENTARY_FIRST_TIER, PayItem.COMPLEMENTARY_SECOND_TIER, PayItem.PART_TIME_EXCESS};

    private final PayrollRuleSet rules;
    private final ZoneId zone;
    private final Map<Integer, SortedMap<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    public HourClassifier(PayrollRuleSet rules, ZoneId zone) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The civil days whose hours {@code month} reports under the rule set's straddling-week policy. */
    public PayPeriod payPeriod(YearMonth month) {
        if (rules.straddlingWeekPolicy() == StraddlingWeekPolicy.PRO_RATA) {
            return new PayPeriod(month.atDay(1), month.atEndOfMonth());
        }
        DayOfWeek weekEnd = rules.weekStart().minus(1);
        LocalDate first = weekStartOf(month.atDay(1));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekEnd));
        return new PayPeriod(first, last);
    }

    /**
     * One employee's pay period: the month's, except that with weeks reported in the month they end in, the last
     * week of someone leaving in this month is reported in it (their final pay), not in the next month.
     */
    public PayPeriod payPeriod(YearMonth month, LocalDate employmentEnd) {
        PayPeriod period = payPeriod(month);
        if (employmentEnd != null && YearMonth.from(employmentEnd).equals(month)
                && employmentEnd.isAfter(period.lastDay())) {
            return new PayPeriod(period.firstDay(), employmentEnd);
        }
        return period;
    }

    /** False for someone who left before the month began: their last week was reported in the month they left. */
    public boolean reports(YearMonth month, LocalDate employmentEnd) {
        return employmentEnd == null || !employmentEnd.isBefore(month.atDay(1))
                || rules.straddlingWeekPolicy() == StraddlingWeekPolicy.PRO_RATA;
    }

    /**
     * The instants the caller must load periods for: every whole civil week touching the pay period and the night
     * opening on its last day (start inclusive, end exclusive). Periods crossing these bounds may be passed whole.
     */
    public TimeWindow inputWindow(YearMonth month) {
        PayPeriod period = payPeriod(month);
        LocalDate firstWeek = weekStartOf(period.firstDay());
        Instant afterLastWeek = weekStartOf(period.lastDay()).plusWeeks(1).atStartOfDay(zone).toInstant();
        // The night opening on the period's last day is the period's, with the hours it runs into the next day.
        LocalDate lastNightEndDay = rules.nightCrossesMidnight() ? period.lastDay().plusDays(1) : period.lastDay();
        Instant lastNightEnd = lastNightEndDay.atTime(rules.nightEnd()).atZone(zone).toInstant();
        return new TimeWindow(firstWeek.atStartOfDay(zone).toInstant(),
                lastNightEnd.isAfter(afterLastWeek) ? lastNightEnd : afterLastWeek);
    }

    /** {@link #inputWindow} stretched to the week holding the month's last day: a leaver's last week included. */
    public TimeWindow inputWindowWithLeavers(YearMonth month) {
        TimeWindow window = inputWindow(month);
        Instant leaversLastWeekEnd = weekStartOf(month.atEndOfMonth()).plusWeeks(1).atStartOfDay(zone).toInstant();
        return new TimeWindow(window.start(), window.end().isAfter(leaversLastWeekEnd) ? window.end()
                : leaversLastWeekEnd);
    }

    public record TimeWindow(Instant start, Instant end) {
    }

    public MonthlyHours classify(EmploymentContract contract, YearMonth month, Collection<TimePeriod> periods) {
        return classify(contract, month, null, periods);
    }

    /** The month of someone whose employment ends on {@code employmentEnd} (null: no end). */
    public MonthlyHours classify(EmploymentContract contract, YearMonth month, LocalDate employmentEnd,
            Collection<TimePeriod> periods) {
        PayPeriod payPeriod = payPeriod(month, employmentEnd);
        List<TimePeriod> sorted = normalise(periods);
        LocalDate firstWeek = weekStartOf(payPeriod.firstDay());
        LocalDate lastWeek = weekStartOf(payPeriod.lastDay());

        TreeMap<LocalDate, List<Piece>> piecesByWeek = new TreeMap<>();
        List<List<Piece>> piecesBySource = new ArrayList<>(sorted.size());
        for (TimePeriod period : sorted) {
            List<Piece> pieces = splitByCivilDay(period);
            piecesBySource.add(pieces);
            for (Piece piece : pieces) {
                LocalDate week = weekStartOf(piece.day);
                if (!week.isBefore(firstWeek) && !week.isAfter(lastWeek)) {
                    piecesByWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(piece);
                }
            }
        }

        long[] totals = PayAmounts.newAccumulator();
        List<WeekSummary> weeks = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Piece>> week : piecesByWeek.entrySet()) {
            weeks.add(classifyWeek(contract, week.getKey(), week.getValue(), payPeriod, totals));
        }
        for (List<Piece> pieces : piecesBySource) {
            for (Piece piece : pieces) {
                if (payPeriod.contains(piece.day)) {
                    addDayItems(piece, totals);
                }
            }
        }
        totals[PayItem.NIGHT_SHIFTS.ordinal()] = countNightShifts(sorted, payPeriod);
        totals[PayItem.CONTRACT_BASE.ordinal()] = monthlyBaseMinutes(contract);

        return new MonthlyHours(month, zone, payPeriod, PayAmounts.copyOf(totals), weeks,
                details(piecesBySource, payPeriod));
    }

    /** Contract weekly minutes x weeks per year / months per year, rounded half up to the minute. */
    public long monthlyBaseMinutes(EmploymentContract contract) {
        long numerator = 2 * contract.weeklyMinutes() * rules.weeksPerYear() + rules.monthsPerYear();
        return Math.floorDiv(numerator, 2L * rules.monthsPerYear());
    }

    /** Night-window minutes between two instants, in real elapsed time. */
    public long nightMinutes(Instant start, Instant end) {
        LocalDate firstDay = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = end.atZone(zone).toLocalDate();
        long minutes = 0;
        for (LocalDate night = firstDay; !night.isAfter(lastDay); night = night.plusDays(1)) {
            minutes += minutesInNight(night, start, end);
        }
        return minutes;
    }

    /** Minutes between two instants inside the night window that opens on {@code night}. */
    private long minutesInNight(LocalDate night, Instant start, Instant end) {
        LocalDate endDay = rules.nightCrossesMidnight() ? night.plusDays(1) : night;
        return overlapMinutes(start, end, night.atTime(rules.nightStart()).atZone(zone).toInstant(),
                endDay.atTime(rules.nightEnd()).atZone(zone).toInstant());
    }

    public SortedMap<LocalDate, String> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> PublicHolidays.of(y, rules.holidayCalendar()));
    }

    private WeekSummary classifyWeek(EmploymentContract contract, LocalDate weekStart, List<Piece> pieces,
                                     PayPeriod payPeriod, long[] totals) {
        long worked = 0;
        long counted = 0;
        long workedInPayPeriod = 0;
        for (Piece piece : pieces) {
            if (piece.kind == TimeKind.WORKED) {
                worked += piece.minutes;
                counted += piece.minutes;
                if (payPeriod.contains(piece.day)) {
                    workedInPayPeriod += piece.minutes;
                }
            } else if (rules.absencesCountingAsWorked().contains(piece.kind)) {
                counted += piece.minutes;
            }
        }

        long[] week = PayAmounts.newAccumulator();
        boolean reachesLegalDuration = false;
        // Tiers listed from the week's last minutes backwards: the highest tier is worked last.
        List<PayItem> tiersFromLast = new ArrayList<>();
        if (contract.isPartTime(rules)) {
            long contractMinutes = contract.weeklyMinutes();
            long extra = Math.min(worked, Math.max(0, counted - contractMinutes));
            // Complementary hours may not bring the week to the legal duration (L3123-9): the minute that reaches
            // it is already excess, so such a week always shows PART_TIME_EXCESS for HR to review.
            long cap = Math.min(rules.complementaryCapShare().ofMinutes(contractMinutes),
                    Math.max(0, rules.legalWeeklyMinutes() - 1 - contractMinutes));
            long firstTierLimit = Math.min(rules.complementaryFirstTierShare().ofMinutes(contractMinutes), cap);
            long firstTier = Math.min(extra, firstTierLimit);
            long secondTier = Math.min(extra - firstTier, cap - firstTier);
            week[PayItem.COMPLEMENTARY_FIRST_TIER.ordinal()] = firstTier;
            week[PayItem.COMPLEMENTARY_SECOND_TIER.ordinal()] = secondTier;
            week[PayItem.PART_TIME_EXCESS.ordinal()] = extra - firstTier - secondTier;
            reachesLegalDuration = counted >= rules.legalWeeklyMinutes();
            tiersFromLast.addAll(List.of(PayItem.PART_TIME_EXCESS, PayItem.COMPLEMENTARY_SECOND_TIER,
                    PayItem.COMPLEMENTARY_FIRST_TIER));
        } else {
            long overtime = Math.min(worked, Math.max(0, counted - rules.legalWeeklyMinutes()));
            long firstTier = Math.min(overtime, rules.overtimeFirstTierMinutes());
            week[PayItem.OVERTIME_FIRST_TIER.ordinal()] = firstTier;
            week[PayItem.OVERTIME_SECOND_TIER.ordinal()] = overtime - firstTier;
            tiersFromLast.addAll(List.of(PayItem.OVERTIME_SECOND_TIER, PayItem.OVERTIME_FIRST_TIER));
        }
        long majorated = 0;
        for (PayItem tier : tiersFromLast) {
            majorated += week[tier.ordinal()];
        }
        week[PayItem.NORMAL.ordinal()] = worked - majorated;
        week[PayItem.WORKED.ordinal()] = worked;

        tagLastMinutes(pieces, week, tiersFromLast);
        shareIntoPayPeriod(week, worked, workedInPayPeriod, totals);
        return new WeekSummary(weekStart, worked, counted, workedInPayPeriod, PayAmounts.copyOf(week),
                reachesLegalDuration);
    }

    /** Marks on each worked piece which of its minutes are overtime/complementary: the week's last ones. */
    private static void tagLastMinutes(List<Piece> pieces, long[] week, List<PayItem> tiersFromLast) {
        int tierIndex = 0;
        long leftInTier = tiersFromLast.isEmpty() ? 0 : week[tiersFromLast.get(0).ordinal()];
        for (int i = pieces.size() - 1; i >= 0; i--) {
            Piece piece = pieces.get(i);
            if (piece.kind != TimeKind.WORKED) {
                continue;
            }
            long untagged = piece.minutes;
            while (untagged > 0 && tierIndex < tiersFromLast.size()) {
                if (leftInTier == 0) {
                    tierIndex++;
                    leftInTier = tierIndex < tiersFromLast.size() ? week[tiersFromLast.get(tierIndex).ordinal()] : 0;
                    continue;
                }
                long tagged = Math.min(untagged, leftInTier);
                piece.tags[tiersFromLast.get(tierIndex).ordinal()] += tagged;
                untagged -= tagged;
                leftInTier -= tagged;
            }
            piece.tags[PayItem.NORMAL.ordinal()] = untagged;
        }
    }

    /**
     * Adds the week's share of normal/overtime/complementary minutes to the month: all of it when the whole
     * week's work lies in the pay period, otherwise in proportion to the worked minutes in it (largest remainder,
     * so the shares still add up to the worked minutes reported).
     */
    private static void shareIntoPayPeriod(long[] week, long worked, long workedInPayPeriod, long[] totals) {
        if (workedInPayPeriod == worked) {
            for (PayItem item : WEEKLY_ITEMS) {
                totals[item.ordinal()] += week[item.ordinal()];
            }
            return;
        }
        long[] shares = new long[WEEKLY_ITEMS.length];
        long[] remainders = new long[WEEKLY_ITEMS.length];
        long assigned = 0;
        for (int i = 0; i < WEEKLY_ITEMS.length; i++) {
            long product = week[WEEKLY_ITEMS[i].ordinal()] * workedInPayPeriod;
            shares[i] = product / worked;
            remainders[i] = product % worked;
            assigned += shares[i];
        }
        for (long left = workedInPayPeriod - assigned; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < WEEKLY_ITEMS.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1;
        }
        for (int i = 0; i < WEEKLY_ITEMS.length; i++) {
            totals[WEEKLY_ITEMS[i].ordinal()] += shares[i];
        }
    }

    private void addDayItems(Piece piece, long[] totals) {
        if (piece.kind.isAbsence()) {
            totals[PayItem.absence(piece.kind).ordinal()] += piece.minutes;
            return;
        }
        totals[PayItem.WORKED.ordinal()] += piece.minutes;
        totals[PayItem.NIGHT.ordinal()] += piece.nightMinutes;
        if (piece.day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            totals[PayItem.SUNDAY.ordinal()] += piece.minutes;
        }
        PayItem holiday = holidayItem(piece.day);
        if (holiday != null) {
            totals[holiday.ordinal()] += piece.minutes;
        }
    }

    private PayItem holidayItem(LocalDate day) {
        if (!holidays(day.getYear()).containsKey(day)) {
            return null;
        }
        return day.getMonth() == Month.MAY && day.getDayOfMonth() == 1 ? PayItem.MAY_DAY : PayItem.PUBLIC_HOLIDAY;
    }

    /**
     * A night shift is a night (one occurrence of the night window, named by the civil day it opens on) in which the
     * employee worked at least the rule set's minimum of night minutes, whether in one stretch or in several (a
     * night with its break counts once); it belongs to the pay period containing the day the night opens on.
     */
    private long countNightShifts(List<TimePeriod> sorted, PayPeriod payPeriod) {
        Map<LocalDate, Long> minutesByNight = new HashMap<>();
        for (TimePeriod period : sorted) {
            if (period.kind() != TimeKind.WORKED) {
                continue;
            }
            LocalDate firstDay = period.start().atZone(zone).toLocalDate().minusDays(1);
            LocalDate lastDay = period.end().atZone(zone).toLocalDate();
            for (LocalDate night = firstDay; !night.isAfter(lastDay); night = night.plusDays(1)) {
                long minutes = minutesInNight(night, period.start(), period.end());
                if (minutes > 0) {
                    minutesByNight.merge(night, minutes, Long::sum);
                }
            }
        }
        return minutesByNight.entrySet().stream()
                .filter(night -> payPeriod.contains(night.getKey())
                        && night.getValue() >= rules.nightShiftMinimumNightMinutes())
                .count();
    }

    private List<PeriodClassification> details(List<List<Piece>> piecesBySource, PayPeriod payPeriod) {
        List<PeriodClassification> rows = new ArrayList<>(piecesBySource.size());
        for (List<Piece> pieces : piecesBySource) {
            Piece first = null;
            Piece last = null;
            long[] amounts = PayAmounts.newAccumulator();
            for (Piece piece : pieces) {
                if (!payPeriod.contains(piece.day)) {
                    continue;
                }
                if (first == null) {
                    first = piece;
                }
                last = piece;
                addDayItems(piece, amounts);
                for (PayItem item : WEEKLY_ITEMS) {
                    amounts[item.ordinal()] += piece.tags[item.ordinal()];
                }
            }
            if (first != null) {
                rows.add(new PeriodClassification(first.kind, first.start.atZone(zone), last.end.atZone(zone),
                        weekStartOf(first.day), PayAmounts.copyOf(amounts)));
            }
        }
        return rows;
    }

    private List<TimePeriod> normalise(Collection<TimePeriod> periods) {
        List<TimePeriod> sorted = new ArrayList<>(periods.size());
        for (TimePeriod period : periods) {
            Instant start = period.start().truncatedTo(ChronoUnit.MINUTES);
            Instant end = period.end().truncatedTo(ChronoUnit.MINUTES);
            if (end.isAfter(start)) {
                sorted.add(new TimePeriod(start, end, period.kind()));
            }
        }
        sorted.sort(Comparator.comparing(TimePeriod::start).thenComparing(TimePeriod::end)
                .thenComparing(TimePeriod::kind));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("time periods overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    private List<Piece> splitByCivilDay(TimePeriod period) {
        List<Piece> pieces = new ArrayList<>(2);
        Instant start = period.start();
        LocalDate day = start.atZone(zone).toLocalDate();
        while (start.isBefore(period.end())) {
            Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant end = nextDay.isBefore(period.end()) ? nextDay : period.end();
            long night = period.kind() == TimeKind.WORKED ? nightMinutes(start, end) : 0;
            pieces.add(new Piece(period.kind(), day, start, end, Duration.between(start, end).toMinutes(), night));
            start = end;
            day = day.plusDays(1);
        }
        return pieces;
    }

    private LocalDate weekStartOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(rules.weekStart()));
    }

    private static long overlapMinutes(Instant start, Instant end, Instant otherStart, Instant otherEnd) {
        Instant from = start.isAfter(otherStart) ? start : otherStart;
        Instant to = end.isBefore(otherEnd) ? end : otherEnd;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }

    /** The part of a period that falls on one civil day; {@code tags} holds its weekly classification. */
    private static final class Piece {
        final TimeKind kind;
        final LocalDate day;
        final Instant start;
        final Instant end;
        final long minutes;
        final long nightMinutes;
        final long[] tags = PayAmounts.newAccumulator();

        Piece(TimeKind kind, LocalDate day, Instant start, Instant end, long minutes, long nightMinutes) {
            this.kind = kind;
            this.day = day;
            this.start = start;
            this.end = end;
            this.minutes = minutes;
            this.nightMinutes = nightMinutes;
        }
    }
}
