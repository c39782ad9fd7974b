package org.permanence.payroll.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HourClassifierPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A generated month of one employee's time under one rule set. */
    record Case(StraddlingWeekPolicy policy, long contractHours, YearMonth month, List<TimePeriod> periods, long seed) {

        HourClassifier classifier() {
            return new HourClassifier(PayrollRuleSet.frenchLabourCodeDefaults().withStraddlingWeekPolicy(policy), PARIS);
        }

        MonthlyHours classify(List<TimePeriod> input) {
            return classifier().classify(EmploymentContract.weeklyHours(contractHours), month, input);
        }
    }

    record Slot(int gapMinutes, int durationMinutes, TimeKind kind) {
    }

    @Property(tries = 300)
    void categoriesAlwaysAddUpToWorkedTime(@ForAll("cases") Case c) {
        MonthlyHours month = c.classify(c.periods());

        long classified = month.get(PayItem.NORMAL) + month.get(PayItem.OVERTIME_FIRST_TIER)
                + month.get(PayItem.OVERTIME_SECOND_TIER) + month.get(PayItem.COMPLEMENTARY_FIRST_TIER)
                + month.get(PayItem.COMPLEMENTARY_SECOND_TIER) + month.get(PayItem.PART_TIME_EXCESS);
        assertThat(classified).isEqualTo(month.get(PayItem.WORKED));
        assertThat(month.totals().nonZero().values()).allMatch(amount -> amount > 0);
    }

    @Property(tries = 300)
    void splittingAShiftInTwoContiguousPiecesChangesNoTotal(@ForAll("cases") Case c) {
        List<Integer> splittable = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            TimePeriod p = c.periods().get(i);
            if (Duration.between(p.start(), p.end()).toMinutes() >= 2) {
                splittable.add(i);
            }
        }
        if (splittable.isEmpty()) {
            return;
        }
        Random random = new Random(c.seed());
        int index = splittable.get(random.nextInt(splittable.size()));
        TimePeriod whole = c.periods().get(index);
        long minutes = Duration.between(whole.start(), whole.end()).toMinutes();
        Instant cut = whole.start().plus(Duration.ofMinutes(1 + random.nextInt((int) minutes - 1)));
        List<TimePeriod> split = new ArrayList<>(c.periods());
        split.set(index, new TimePeriod(whole.start(), cut, whole.kind()));
        split.add(index + 1, new TimePeriod(cut, whole.end(), whole.kind()));

        // Night shifts are continuous stretches of work, so the count is unchanged too.
        assertThat(c.classify(split).totals()).isEqualTo(c.classify(c.periods()).totals());
    }

    @Property(tries = 200)
    void resultDoesNotDependOnInputOrder(@ForAll("cases") Case c) {
        List<TimePeriod> shuffled = new ArrayList<>(c.periods());
        Collections.shuffle(shuffled, new Random(c.seed()));

        assertThat(c.classify(shuffled)).isEqualTo(c.classify(c.periods()));
    }

    @Property(tries = 100)
    void consecutiveMonthsReportEveryWorkedMinuteOnceUnderWeekEndMonth(@ForAll("cases") Case c) {
        Case weekEnd = new Case(StraddlingWeekPolicy.WEEK_END_MONTH, c.contractHours(), c.month(), c.periods(), c.seed());
        HourClassifier classifier = weekEnd.classifier();
        PayPeriod first = classifier.payPeriod(c.month().minusMonths(1));
        PayPeriod last = classifier.payPeriod(c.month().plusMonths(1));
        Instant from = first.firstDay().atStartOfDay(PARIS).toInstant();
        Instant to = last.lastDay().plusDays(1).atStartOfDay(PARIS).toInstant();
        long expected = 0;
        for (TimePeriod p : c.periods()) {
            if (p.kind() == TimeKind.WORKED) {
                Instant s = p.start().isAfter(from) ? p.start() : from;
                Instant e = p.end().isBefore(to) ? p.end() : to;
                expected += e.isAfter(s) ? Duration.between(s, e).toMinutes() : 0;
            }
        }

        long reported = 0;
        for (int offset = -1; offset <= 1; offset++) {
            reported += classifier.classify(EmploymentContract.weeklyHours(c.contractHours()),
                    c.month().plusMonths(offset), c.periods()).get(PayItem.WORKED);
        }
        assertThat(reported).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<TimeKind> kinds = Arbitraries.frequency(
                Tuple.of(12, TimeKind.WORKED), Tuple.of(1, TimeKind.PAID_LEAVE), Tuple.of(1, TimeKind.SICKNESS),
                Tuple.of(1, TimeKind.TRAINING), Tuple.of(1, TimeKind.UNPAID), Tuple.of(1, TimeKind.OTHER));
        Arbitrary<Slot> slots = Combinators.combine(
                Arbitraries.integers().between(0, 20 * 60),
                Arbitraries.integers().between(1, 12 * 60),
                kinds).as(Slot::new);
        return Combinators.combine(
                Arbitraries.of(StraddlingWeekPolicy.class),
                Arbitraries.of(20L, 24L, 28L, 30L, 35L, 39L),
                Arbitraries.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 5),
                        YearMonth.of(2026, 10)),
                slots.list().ofMaxSize(70),
                Arbitraries.longs()).as((policy, hours, month, slotList, seed) ->
                new Case(policy, hours, month, periods(month, slotList), seed));
    }

    private static List<TimePeriod> periods(YearMonth month, List<Slot> slots) {
        Instant cursor = month.atDay(1).minusDays(10).atStartOfDay(PARIS).toInstant();
        List<TimePeriod> periods = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            Instant start = cursor.plus(Duration.ofMinutes(slot.gapMinutes()));
            Instant end = start.plus(Duration.ofMinutes(slot.durationMinutes()));
            periods.add(new TimePeriod(start, end, slot.kind()));
            cursor = end;
        }
        return periods;
    }
}
