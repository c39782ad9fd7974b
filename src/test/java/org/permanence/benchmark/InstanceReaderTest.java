package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceReaderTest {

    @Test
    void readsEverySectionOfInstance2() {
        Instance instance = BenchmarkFiles.instance(2);

        assertThat(instance.horizon()).isEqualTo(14);
        assertThat(instance.shiftTypes()).containsExactly(
                new Instance.ShiftType("E", 480, java.util.Set.of()),
                new Instance.ShiftType("L", 480, java.util.Set.of("E")));
        Instance.Staff d = instance.staff().get(3);
        assertThat(d.id()).isEqualTo("D");
        assertThat(d.maxShiftsOf("E")).isEqualTo(14);
        assertThat(d.maxShiftsOf("L")).isZero();
        assertThat(d).extracting(Instance.Staff::maxTotalMinutes, Instance.Staff::minTotalMinutes,
                Instance.Staff::maxConsecutiveShifts, Instance.Staff::minConsecutiveShifts,
                Instance.Staff::minConsecutiveDaysOff, Instance.Staff::maxWeekends)
                .containsExactly(4320, 3360, 5, 2, 2, 1);
        assertThat(instance.daysOffOf("D")).containsExactly(12);
        assertThat(instance.shiftOnRequests()).first().isEqualTo(new Instance.ShiftRequest("A", 5, "L", 1));
        assertThat(instance.cover()).hasSize(14 * 2);
    }

    @ParameterizedTest
    @CsvSource({"1,14,8,1,26", "13,28,120,18,841", "24,364,150,32,13809"})
    void countsMatchTheBenchmarkCharacteristics(int number, int days, int staff, int shiftTypes, int requests) {
        Instance instance = BenchmarkFiles.instance(number);

        assertThat(instance.horizon()).isEqualTo(days);
        assertThat(instance.staff()).hasSize(staff);
        assertThat(instance.shiftTypes()).hasSize(shiftTypes);
        assertThat(instance.shiftOnRequests().size() + instance.shiftOffRequests().size()).isEqualTo(requests);
        assertThat(instance.cover()).hasSize(days * shiftTypes);
    }
}
