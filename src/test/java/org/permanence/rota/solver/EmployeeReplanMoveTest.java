package org.permanence.rota.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.permanence.benchmark.BenchmarkFiles;
import org.permanence.benchmark.RotaImporter;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeReplanMoveTest {

    private final RotaPlan rota = RotaImporter.toRota(BenchmarkFiles.instance(2));
    private final EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);

    @Test
    void aMoveCarriesOnlyTheDaysItChanges() {
        EmployeeDay[] row = grid[0];
        ShiftType[] planned = new EmployeePatternPlanner(rota, grid).plan(0, 0, row.length, new Random(0));

        EmployeeReplanMove move = EmployeeReplanMoveFactory.moveOf(List.<EmployeeDay[]>of(row),
                List.<ShiftType[]>of(planned));

        long changedDays = Arrays.stream(row).filter(day -> day.getShiftType() != planned[day.getDayIndex()]).count();
        assertThat(move.getPlanningEntities()).hasSize((int) changedDays)
                .allMatch(day -> ((EmployeeDay) day).getEmployee() == row[0].getEmployee());
    }

    @Test
    void aMoveThatWouldChangeAPinnedDayOrChangeNothingIsNotDoable() {
        EmployeeDay pinnedDayOff = Arrays.stream(grid[0]).filter(EmployeeDay::isPinned).findFirst().orElseThrow();
        EmployeeDay freeDay = Arrays.stream(grid[0]).filter(day -> !day.isPinned()).findFirst().orElseThrow();
        ShiftType someType = freeDay.getAllowedShiftTypes().get(0);

        assertThat(new EmployeeReplanMove(List.of(pinnedDayOff), Arrays.asList(someType)).isMoveDoable(null))
                .isFalse();
        assertThat(new EmployeeReplanMove(List.of(freeDay), Arrays.asList(freeDay.getShiftType())).isMoveDoable(null))
                .isFalse();
        assertThat(new EmployeeReplanMove(List.of(freeDay), Arrays.asList(someType)).isMoveDoable(null)).isTrue();
    }
}
