package org.permanence.payroll.export;

import org.permanence.payroll.rules.EmploymentContract;
import org.permanence.payroll.rules.HourClassifier;
import org.permanence.payroll.rules.PayrollRuleSet;
import org.permanence.payroll.rules.Ratio;
import org.permanence.payroll.rules.TimeKind;
import org.permanence.payroll.rules.TimePeriod;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A hand-checked March 2026 (pay period 23 Feb - 29 Mar under WEEK_END_MONTH):
 * <ul>
 *     <li>M001, full-time 35 h: Mon 2 - Fri 6 March 08:00-17:00 (45 h), then Sat 7 22:00 - Sun 8 06:00 (8 h):
 *     53 h in the week = 35 h normal, 8 h at +25 %, 10 h at +50 %; 8 night hours, 6 Sunday hours, 1 night shift;
 *     paid leave Mon 9 March 09:00-16:00 (7 h).</li>
 *     <li>M002, part-time 24 h: Mon 2 - Thu 5 March 08:00-15:00 (28 h) = 24 h normal, 2.4 h at +10 %,
 *     1.6 h at +25 % (under an accord's 1/3 cap).</li>
 * </ul>
 */
final class SampleMonth {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    /** The Labour Code defaults with an accord raising the complementary-hours cap to 1/3, so both tiers show. */
    static final PayrollRuleSet RULES = PayrollRuleSet.frenchLabourCodeDefaults()
            .withComplementaryCapShare(Ratio.of(1, 3));

    private SampleMonth() {
    }

    static PayrollMonth march(boolean provisional, long shuffleSeed) {
        HourClassifier classifier = new HourClassifier(RULES, PARIS);

        List<TimePeriod> fullTime = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            fullTime.add(worked(LocalDateTime.of(2026, 3, day, 8, 0), LocalDateTime.of(2026, 3, day, 17, 0)));
        }
        fullTime.add(worked(LocalDateTime.of(2026, 3, 7, 22, 0), LocalDateTime.of(2026, 3, 8, 6, 0)));
        fullTime.add(new TimePeriod(at(LocalDateTime.of(2026, 3, 9, 9, 0)), at(LocalDateTime.of(2026, 3, 9, 16, 0)),
                TimeKind.PAID_LEAVE));

        List<TimePeriod> partTime = new ArrayList<>();
        for (int day = 2; day <= 5; day++) {
            partTime.add(worked(LocalDateTime.of(2026, 3, day, 8, 0), LocalDateTime.of(2026, 3, day, 15, 0)));
        }

        Random random = new Random(shuffleSeed);
        Collections.shuffle(fullTime, random);
        Collections.shuffle(partTime, random);
        List<EmployeeMonth> employees = new ArrayList<>(List.of(
                new EmployeeMonth("M001", "Jean Dupont",
                        classifier.classify(EmploymentContract.weeklyHours(35), MARCH, fullTime)),
                new EmployeeMonth("M002", "Léa Martin",
                        classifier.classify(EmploymentContract.weeklyHours(24), MARCH, partTime))));
        Collections.shuffle(employees, random);
        return new PayrollMonth(MARCH, RULES, provisional, employees);
    }

    private static TimePeriod worked(LocalDateTime start, LocalDateTime end) {
        return TimePeriod.worked(at(start), at(end));
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(PARIS).toInstant();
    }
}
