package org.permanence.rota.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

import static org.permanence.rota.solver.RotaTestData.EARLY;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.calendar;
import static org.permanence.rota.solver.RotaTestData.day;
import static org.permanence.rota.solver.RotaTestData.fullTimer;

class ChangeFromPublishedRotaTest {

    private final ConstraintVerifier<RotaConstraintProvider, RotaPlan> verifier =
            ConstraintVerifier.build(new RotaConstraintProvider(), RotaPlan.class, EmployeeDay.class);
    private final RotaCalendar calendar = calendar();
    private final Employee alice = fullTimer("Alice");

    private EmployeeDay published(int dayIndex, ShiftType published, ShiftType now) {
        EmployeeDay day = day(calendar, alice, dayIndex, now);
        day.setPublishedBaseline(published);
        return day;
    }

    @Test
    void keepingThePublishedAssignmentCostsNothing() {
        verifier.verifyThat(RotaConstraintProvider::changeFromPublishedRota)
                .given(published(0, EARLY, EARLY), published(1, null, null)).penalizesBy(0);
    }

    @Test
    void everyChangedDayCostsOneWhateverTheChange() {
        verifier.verifyThat(RotaConstraintProvider::changeFromPublishedRota)
                .given(published(0, EARLY, LATE), published(1, EARLY, null), published(2, null, EARLY),
                        published(3, LATE, LATE))
                .penalizesBy(3);
    }

    @Test
    void withoutABaselineNothingCountsAsAChange() {
        verifier.verifyThat(RotaConstraintProvider::changeFromPublishedRota)
                .given(day(calendar, alice, 0, EARLY), day(calendar, alice, 1, null)).penalizesBy(0);
    }
}
