package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.solver.RotaTestData.EARLY;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.MONDAY;
import static org.permanence.rota.solver.RotaTestData.PARIS;
import static org.permanence.rota.solver.RotaTestData.PHONE;
import static org.permanence.rota.solver.RotaTestData.at;
import static org.permanence.rota.solver.RotaTestData.employee;

class RotaRestorationTest {

    /** What a repair weighs each changed employee-day at by default: two hours of cover. */
    private static final HardMediumSoftLongScore CHANGE_WEIGHT = HardMediumSoftLongScore.ofMedium(120);

    /**
     * Three days. Monday's early slot needs one person for half an hour, Wednesday's for four hours (worth 240
     * person-minutes of cover). Published: Ada works Monday early, nobody Wednesday. As a repair cut short could
     * leave it: Bea has taken Ada's Monday for nothing, and Cyd works Wednesday, which covers 240 of demand.
     */
    private static RotaPlan repairedRota() {
        List<CoverDemand> demands = List.of(
                CoverDemand.forSkill(PHONE, at(0, 8, 0), at(0, 8, 30), 1, 30, 1),
                CoverDemand.forSkill(PHONE, at(2, 8, 0), at(2, 12, 0), 1, 240, 1));
        List<Employee> staff = List.of(employee("Ada", WorkRules.frenchLabourCode(0)),
                employee("Bea", WorkRules.frenchLabourCode(0)), employee("Cyd", WorkRules.frenchLabourCode(0)));
        RotaPlan rota = new RotaPlan(MONDAY, MONDAY.plusDays(2), RotaSettings.defaults(PARIS, Set.of()), staff,
                List.of(EARLY, LATE), demands, List.of(), List.of(), List.of());
        for (EmployeeDay day : rota.getEmployeeDays()) {
            day.setPublishedBaseline(day.getEmployee().getName().equals("Ada") && day.getDayIndex() == 0 ? EARLY : null);
        }
        assign(rota, "Bea", 0, EARLY);
        assign(rota, "Cyd", 2, EARLY);
        rota.overrideConstraintWeights(Map.of(RotaConstraintProvider.CHANGE_FROM_PUBLISHED, CHANGE_WEIGHT));
        return rota;
    }

    private static void assign(RotaPlan rota, String name, int dayIndex, ShiftType shiftType) {
        day(rota, name, dayIndex).setShiftType(shiftType);
    }

    private static EmployeeDay day(RotaPlan rota, String name, int dayIndex) {
        return rota.getEmployeeDays().stream()
                .filter(day -> day.getEmployee().getName().equals(name) && day.getDayIndex() == dayIndex)
                .findFirst().orElseThrow();
    }

    @Test
    void changesThatCoverNothingAreUndoneAndTheOneThatCoversDemandStays() {
        RotaPlan restored = new RotaRestoration().restore(repairedRota());

        assertThat(day(restored, "Ada", 0).getShiftType()).as("Ada has her published Monday back").isEqualTo(EARLY);
        assertThat(day(restored, "Bea", 0).getShiftType()).as("Bea's needless Monday goes").isNull();
        assertThat(day(restored, "Cyd", 2).getShiftType()).as("Wednesday's cover is worth more than a change")
                .isEqualTo(EARLY);
        assertThat(restored.getEmployeeDays()).filteredOn(EmployeeDay::differsFromPublished).hasSize(1);
        assertThat(restored.getScore().mediumScore()).isEqualTo(-120);
    }

    @Test
    void aPinnedChangeStays() {
        RotaPlan rota = repairedRota();
        day(rota, "Bea", 0).setPinned(true);

        RotaPlan restored = new RotaRestoration().restore(rota);

        assertThat(day(restored, "Bea", 0).getShiftType()).isEqualTo(EARLY);
    }
}
