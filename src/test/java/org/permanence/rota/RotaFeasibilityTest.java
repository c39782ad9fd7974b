package org.permanence.rota;

import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotaFeasibilityTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2035, 1, 8);
    private static final ShiftType DAY = new ShiftType("D", "PHONE", LocalTime.of(9, 0), 480, Set.of());

    private final RotaFeasibility feasibility = new RotaFeasibility(new HelplineProperties(PARIS));

    /** A week needing {@code people} on the phone 09:00–17:00 each day. */
    private static RotaPlan week(int people, List<Employee> staff, String skill) {
        List<CoverDemand> demands = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = MONDAY.plusDays(day);
            demands.add(CoverDemand.forSkill(skill, date.atTime(9, 0).atZone(PARIS).toInstant(),
                    date.atTime(17, 0).atZone(PARIS).toInstant(), people, 480, 480));
        }
        return new RotaPlan(MONDAY, MONDAY.plusDays(6), RotaSettings.defaults(PARIS, Set.of()), staff, List.of(DAY),
                demands, List.of(), List.of(), List.of());
    }

    private static Employee partTimer(String name) {
        return new Employee(name, name, Set.of("PHONE"), WorkRules.frenchLabourCode(24 * 60), EmployeeHistory.none());
    }

    @Test
    void demandWithinTheContractHoursOfTheSkilledStaffIsFine() {
        RotaFeasibility.Findings findings = feasibility.check(week(1, List.of(partTimer("A"), partTimer("B"),
                partTimer("C")), "PHONE"));

        assertThat(findings.problems()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void moreDemandedHoursThanContractHoursIsAWarningWithBothTotals() {
        List<String> warnings = feasibility.requireSolvable(week(2, List.of(partTimer("A"), partTimer("B")),
                "PHONE"));

        assertThat(warnings).singleElement().asString()
                .contains("skill PHONE", "112 h", "48 h");
    }

    @Test
    void daysOnLeaveGiveNoContractHours() {
        Employee awayAllWeek = new Employee("C", "C", Set.of("PHONE"), WorkRules.frenchLabourCode(24 * 60),
                EmployeeHistory.none(), 7, null);
        Employee awayFourDays = new Employee("D", "D", Set.of("PHONE"), WorkRules.frenchLabourCode(35 * 60),
                EmployeeHistory.none(), 4, null);

        List<String> warnings = feasibility.requireSolvable(week(1, List.of(awayAllWeek, awayFourDays), "PHONE"));

        assertThat(warnings).as("56 h needed, 59 h of contracts, of which 0 + 15 h are due").singleElement()
                .asString().contains("skill PHONE", "56 h", "give 15 h");
    }

    @Test
    void aSkillNobodyHoldsIsRefusedNamingItsFirstSlotInLocalTime() {
        RotaPlan plan = week(1, List.of(partTimer("A")), "SIGN");

        assertThatThrownBy(() -> feasibility.requireSolvable(plan))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no employee holds skill SIGN, needed from 2035-01-08 09:00 to 2035-01-08 17:00");
    }

    @Test
    void everySkillNobodyHoldsIsNamedAtOnce() {
        RotaPlan plan = week(1, List.of(partTimer("A")), "SIGN");
        List<CoverDemand> demands = new ArrayList<>(plan.getDemands());
        demands.addAll(week(1, List.of(partTimer("A")), "ENGLISH").getDemands());
        RotaPlan twoUnheldSkills = new RotaPlan(MONDAY, MONDAY.plusDays(6), RotaSettings.defaults(PARIS, Set.of()),
                plan.getEmployees(), List.of(DAY), demands, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> feasibility.requireSolvable(twoUnheldSkills))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no employee holds skill ENGLISH").hasMessageContaining("no employee holds skill SIGN");
    }

    @Test
    void needsOfASkillNoShiftTemplateRequiresAreAWarning() {
        Employee bilingual = new Employee("B", "B", Set.of("PHONE", "ENGLISH"), WorkRules.frenchLabourCode(35 * 60),
                EmployeeHistory.none());

        List<String> warnings = feasibility.requireSolvable(week(1, List.of(bilingual), "ENGLISH"));

        assertThat(warnings).singleElement().asString().contains("skill ENGLISH", "no shift template");
    }
}
