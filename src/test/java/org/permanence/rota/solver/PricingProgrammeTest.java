package org.permanence.rota.solver;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.permanence.benchmark.BenchmarkFiles;
import org.permanence.benchmark.RotaImporter;
import org.permanence.rota.domain.RotaPlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exact pricing problem against every pattern of a 14-day benchmark instance: the programme's pattern keeps every
 * rule the planner knows (runs, days off, successions, minutes, weekends, shifts per type) and no pattern that
 * keeps them is worth more.
 */
class PricingProgrammeTest {

    private static final int OFF = -1;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void findsThePatternWorthMostAmongAllThatKeepTheRules(int instanceNumber) {
        EmployeePatternPlanner planner = plannerOf(instanceNumber);
        Random random = new Random(instanceNumber);
        for (int employee = 0; employee < planner.employeeCount(); employee += 3) {
            PricingProgramme programme = PricingProgramme.of(planner, employee);
            double[][] gains = randomGains(planner, random);

            int[] pattern = programme.solve(gains);

            Best best = bestByEnumeration(planner, employee, gains, new int[planner.dayCount()], 0, new Best());
            assertThat(pattern).as("employee %d", employee).isNotNull();
            assertThat(planner.ruleExcess(employee, pattern)).as("employee %d", employee).isZero();
            assertThat(valueOf(pattern, gains)).as("employee %d", employee).isCloseTo(best.value, within(1e-9));
        }
    }

    /**
     * Column generation asks only for a pattern worth more than the employee's price: the programme drops every state
     * that cannot lead to one, yet still finds the best pattern when it is worth more, and none when it is not.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void findsTheBestPatternWorthMoreThanAskedAndNoneWhenNoneIs(int instanceNumber) {
        EmployeePatternPlanner planner = plannerOf(instanceNumber);
        Random random = new Random(instanceNumber + 100);
        for (int employee = 1; employee < planner.employeeCount(); employee += 3) {
            PricingProgramme programme = PricingProgramme.of(planner, employee);
            double[][] gains = randomGains(planner, random);
            Best best = bestByEnumeration(planner, employee, gains, new int[planner.dayCount()], 0, new Best());

            int[] justBelow = programme.solve(gains, best.value - 0.5);
            int[] justAbove = programme.solve(gains, best.value + 0.5);

            assertThat(justBelow).as("employee %d", employee).isNotNull();
            assertThat(planner.ruleExcess(employee, justBelow)).as("employee %d", employee).isZero();
            assertThat(valueOf(justBelow, gains)).as("employee %d", employee).isCloseTo(best.value, within(1e-9));
            assertThat(justAbove).as("employee %d", employee).isNull();
        }
    }

    /**
     * The weekends and shifts per type become resources only once a best pattern breaks their maximum; gains that
     * favour one type over all others make the maximums bind. The result must be worth as much as with every total
     * counted from the start (on 28 days, too many patterns to enumerate).
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 8})
    void countsATotalOnlyOnceItBindsAndLosesNothingByIt(int instanceNumber) {
        EmployeePatternPlanner planner = plannerOf(instanceNumber);
        Random random = new Random(instanceNumber);
        int binding = 0;
        for (int employee = 0; employee < planner.employeeCount(); employee++) {
            for (int favoured = 0; favoured < planner.typeCount(); favoured++) {
                PricingProgramme lazy = PricingProgramme.of(planner, employee);
                PricingProgramme counting = PricingProgramme.countingEveryTotal(planner, employee);
                double[][] gains = randomGains(planner, random);
                for (double[] day : gains) {
                    day[favoured] += 300;
                }
                long sizeBefore = lazy.stateDays();

                int[] pattern = lazy.solve(gains);

                int[] reference = counting.solve(gains);
                assertThat(pattern).as("employee %d", employee).isNotNull();
                assertThat(planner.ruleExcess(employee, pattern)).as("employee %d", employee).isZero();
                assertThat(valueOf(pattern, gains)).as("employee %d, type %d", employee, favoured)
                        .isCloseTo(valueOf(reference, gains), within(1e-9));
                binding += lazy.stateDays() > sizeBefore ? 1 : 0;
                int[] asked = PricingProgramme.of(planner, employee).solve(gains, valueOf(reference, gains) - 0.5);
                assertThat(asked).as("employee %d, type %d, asked", employee, favoured).isNotNull();
                assertThat(valueOf(asked, gains)).as("employee %d, type %d, asked", employee, favoured)
                        .isCloseTo(valueOf(reference, gains), within(1e-9));
            }
        }
        assertThat(binding).as("programmes whose maximums bound").isPositive();
    }

    @Test
    void keepsTheDaysADiveFixedAndIsBestAmongThePatternsThatDo() {
        EmployeePatternPlanner planner = plannerOf(2);
        int employee = 4;
        PricingProgramme programme = PricingProgramme.of(planner, employee);
        double[][] gains = randomGains(planner, new Random(7));
        int[] free = programme.solve(gains);
        int day = firstUnpinnedDay(planner, employee);
        int fixedType = free[day] == OFF ? 0 : OFF;

        programme.fix(day, fixedType);
        int[] pattern = programme.solve(gains);

        assertThat(pattern[day]).isEqualTo(fixedType);
        assertThat(programme.keepsFixedDays(pattern)).isTrue();
        assertThat(programme.keepsFixedDays(free)).isFalse();
        assertThat(planner.ruleExcess(employee, pattern)).isZero();
        Best best = bestByEnumeration(planner, employee, gains, new int[planner.dayCount()], 0, new Best(day, fixedType));
        assertThat(valueOf(pattern, gains)).isCloseTo(best.value, within(1e-9)).isLessThan(valueOf(free, gains));
    }

    private static EmployeePatternPlanner plannerOf(int instanceNumber) {
        RotaPlan rota = RotaImporter.toRota(BenchmarkFiles.instance(instanceNumber));
        return new EmployeePatternPlanner(rota, EmployeeBlockSwapMoveFactory.grid(rota));
    }

    /** Gains of either sign, so that neither working every day nor none is best. */
    private static double[][] randomGains(EmployeePatternPlanner planner, Random random) {
        double[][] gains = new double[planner.dayCount()][planner.typeCount()];
        for (double[] day : gains) {
            for (int type = 0; type < day.length; type++) {
                day[type] = random.nextDouble() * 200 - 60;
            }
        }
        return gains;
    }

    private static int firstUnpinnedDay(EmployeePatternPlanner planner, int employee) {
        int day = 0;
        while (planner.isPinned(employee, day)) {
            day++;
        }
        return day;
    }

    private static double valueOf(int[] pattern, double[][] gains) {
        double value = 0;
        for (int day = 0; day < pattern.length; day++) {
            if (pattern[day] != OFF) {
                value += gains[day][pattern[day]];
            }
        }
        return value;
    }

    /** The best value over the patterns that keep the rules, the pinned days and the day fixed, if any. */
    private static final class Best {
        private int[] current;
        private final int fixedDay;
        private final int fixedType;
        private double value = Double.NEGATIVE_INFINITY;

        Best() {
            this(-1, OFF);
        }

        Best(int fixedDay, int fixedType) {
            this.fixedDay = fixedDay;
            this.fixedType = fixedType;
        }
    }

    private static Best bestByEnumeration(EmployeePatternPlanner planner, int employee, double[][] gains, int[] pattern,
                                          int day, Best best) {
        if (best.current == null) {
            best.current = planner.currentDays(employee);
        }
        if (day == pattern.length) {
            if (planner.ruleExcess(employee, pattern) == 0) {
                best.value = Math.max(best.value, valueOf(pattern, gains));
            }
            return best;
        }
        int[] current = best.current;
        for (int option = OFF; option < planner.typeCount(); option++) {
            boolean forced = planner.isPinned(employee, day) || day == best.fixedDay;
            int forcedOption = planner.isPinned(employee, day) ? current[day] : best.fixedType;
            if ((forced && option != forcedOption) || (option != OFF && !planner.mayWork(employee, option))) {
                continue;
            }
            pattern[day] = option;
            bestByEnumeration(planner, employee, gains, pattern, day + 1, best);
        }
        return best;
    }
}
