package org.permanence.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of the Curtois &amp; Qu Employee Shift Scheduling Benchmark, as read from its text format.
 * Days are indexes {@code 0 .. horizon-1}; day 0 is a Monday. Employees and shift types keep file order.
 */
public record Instance(String name, int horizon, List<ShiftType> shiftTypes, List<Staff> staff,
                       Map<String, Set<Integer>> daysOff, List<ShiftRequest> shiftOnRequests,
                       List<ShiftRequest> shiftOffRequests, List<Cover> cover) {

    public Instance {
        shiftTypes = List.copyOf(shiftTypes);
        staff = List.copyOf(staff);
        daysOff = Map.copyOf(daysOff);
        shiftOnRequests = List.copyOf(shiftOnRequests);
        shiftOffRequests = List.copyOf(shiftOffRequests);
        cover = List.copyOf(cover);
    }

    /** A shift type; {@code cannotFollow} lists the shift types forbidden on the day right after this one. */
    public record ShiftType(String id, int lengthMinutes, Set<String> cannotFollow) {
        public ShiftType {
            cannotFollow = Set.copyOf(cannotFollow);
        }
    }

    /** The work rules of one employee; {@code maxShifts} maps every shift type to its maximum count. */
    public record Staff(String id, Map<String, Integer> maxShifts, int maxTotalMinutes, int minTotalMinutes,
                        int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff,
                        int maxWeekends) {
        public Staff {
            maxShifts = Map.copyOf(maxShifts);
        }

        public int maxShiftsOf(String shiftTypeId) {
            return maxShifts.getOrDefault(shiftTypeId, 0);
        }
    }

    /** A weighted wish of one employee to work (on-request) or not to work (off-request) a shift type on a day. */
    public record ShiftRequest(String employeeId, int day, String shiftTypeId, int weight) {
    }

    /** The number of employees wanted on one shift type on one day, with the weights per person short or over. */
    public record Cover(int day, String shiftTypeId, int requirement, int underWeight, int overWeight) {
    }

    public int weekends() {
        return horizon / 7;
    }

    /** Whether {@code day} is a Saturday or a Sunday (day 0 is a Monday). */
    public boolean isWeekendDay(int day) {
        return day % 7 >= 5;
    }

    public ShiftType shiftType(String id) {
        return shiftTypes.stream().filter(type -> type.id().equals(id)).findFirst().orElse(null);
    }

    public Set<Integer> daysOffOf(String employeeId) {
        return daysOff.getOrDefault(employeeId, Set.of());
    }
}
