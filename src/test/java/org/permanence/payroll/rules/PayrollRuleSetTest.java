package org.permanence.payroll.rules;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayrollRuleSetTest {

    @Test
    void defaultsAreTheFrenchLabourCodeFigures() {
        PayrollRuleSet rules = PayrollRuleSet.frenchLabourCodeDefaults();

        assertThat(rules.legalWeeklyMinutes()).isEqualTo(35 * 60);
        assertThat(rules.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(rules.overtimeFirstTierMinutes()).isEqualTo(8 * 60);
        assertThat(rules.overtimeFirstTierRatePercent()).isEqualTo(25);
        assertThat(rules.overtimeSecondTierRatePercent()).isEqualTo(50);
        assertThat(rules.complementaryFirstTierShare()).isEqualTo(Ratio.of(1, 10));
        assertThat(rules.complementaryCapShare()).as("1/3 only by accord").isEqualTo(Ratio.of(1, 10));
        assertThat(rules.nightStart()).isEqualTo(LocalTime.of(21, 0));
        assertThat(rules.nightEnd()).isEqualTo(LocalTime.of(6, 0));
        assertThat(rules.absencesCountingAsWorked()).isEmpty();
        assertThat(rules.straddlingWeekPolicy()).isEqualTo(StraddlingWeekPolicy.WEEK_END_MONTH);
        assertThat(rules.holidayCalendar().alsaceMoselle()).isFalse();
    }

    @Test
    void overtimeRateBelowTenPercentIsRejected() {
        PayrollRuleSet d = PayrollRuleSet.frenchLabourCodeDefaults();

        assertThatThrownBy(() -> new PayrollRuleSet(d.name(), d.legalWeeklyMinutes(), d.weekStart(),
                d.overtimeFirstTierMinutes(), 5, d.overtimeSecondTierRatePercent(), d.complementaryFirstTierShare(),
                d.complementaryFirstTierRatePercent(), d.complementaryCapShare(),
                d.complementarySecondTierRatePercent(), d.absencesCountingAsWorked(), d.nightStart(), d.nightEnd(),
                d.nightShiftMinimumNightMinutes(), d.straddlingWeekPolicy(), d.holidayCalendar(), d.weeksPerYear(),
                d.monthsPerYear()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyNightWindowIsRejected() {
        assertThatThrownBy(() -> PayrollRuleSet.frenchLabourCodeDefaults()
                .withNightWindow(LocalTime.of(22, 0), LocalTime.of(22, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
