package org.permanence.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.permanence.benchmark.HardViolation.Rule;

/**
 * Scores a roster by the benchmark's own definition (README §3-§4) with plain loops, independently of the
 * product's constraint streams, so that each can check the other.
 */
public final class RosterEvaluator {

    private final Instance instance;
    private final Map<String, Instance.ShiftType> shiftTypes = new HashMap<>();

    public RosterEvaluator(Instance instance) {
        this.instance = instance;
        instance.shiftTypes().forEach(type -> shiftTypes.put(type.id(), type));
    }

    public Evaluation evaluate(Roster roster) {
        if (roster.employees() != instance.staff().size() || roster.days() != instance.horizon()) {
            throw new IllegalArgumentException("Roster is " + roster.employees() + " employees x " + roster.days()
                    + " days; " + instance.name() + " needs " + instance.staff().size() + " x " + instance.horizon());
        }
        List<HardViolation> violations = new ArrayList<>();
        for (int employee = 0; employee < roster.employees(); employee++) {
            checkEmployee(roster, employee, violations);
        }
        return new Evaluation(violations, shiftOnRequestPenalty(roster), shiftOffRequestPenalty(roster),
                coverPenalty(roster, true), coverPenalty(roster, false));
    }

    private void checkEmployee(Roster roster, int employee, List<HardViolation> violations) {
        Instance.Staff staff = instance.staff().get(employee);
        String id = staff.id();
        int horizon = instance.horizon();
        Set<Integer> daysOff = instance.daysOffOf(id);
        Map<String, Integer> countPerType = new HashMap<>();
        long minutes = 0;
        for (int day = 0; day < horizon; day++) {
            String shiftId = roster.shiftOf(employee, day).orElse(null);
            if (shiftId == null) {
                continue;
            }
            Instance.ShiftType type = shiftTypes.get(shiftId);
            if (type == null) {
                violations.add(new HardViolation(id, day, day, Rule.UNKNOWN_SHIFT_TYPE, shiftId, 1, 0));
                continue;
            }
            if (daysOff.contains(day)) {
                violations.add(new HardViolation(id, day, day, Rule.DAY_OFF, shiftId, 1, 0));
            }
            String next = day + 1 < horizon ? roster.shiftOf(employee, day + 1).orElse(null) : null;
            if (next != null && type.cannotFollow().contains(next)) {
                violations.add(new HardViolation(id, day, day + 1, Rule.SHIFT_ROTATION,
                        shiftId + " then " + next, 1, 0));
            }
            countPerType.merge(shiftId, 1, Integer::sum);
            minutes += type.lengthMinutes();
        }
        for (Instance.ShiftType type : instance.shiftTypes()) {
            int count = countPerType.getOrDefault(type.id(), 0);
            if (count > staff.maxShiftsOf(type.id())) {
                violations.add(new HardViolation(id, 0, horizon - 1, Rule.MAX_SHIFTS_OF_TYPE, type.id(), count,
                        staff.maxShiftsOf(type.id())));
            }
        }
        if (minutes > staff.maxTotalMinutes()) {
            violations.add(new HardViolation(id, 0, horizon - 1, Rule.MAX_TOTAL_MINUTES, "", minutes,
                    staff.maxTotalMinutes()));
        }
        if (minutes < staff.minTotalMinutes()) {
            violations.add(new HardViolation(id, 0, horizon - 1, Rule.MIN_TOTAL_MINUTES, "", minutes,
                    staff.minTotalMinutes()));
        }
        checkRuns(roster, employee, staff, violations);
        int workedWeekends = 0;
        for (int weekend = 0; weekend < instance.weekends(); weekend++) {
            if (roster.works(employee, 7 * weekend + 5) || roster.works(employee, 7 * weekend + 6)) {
                workedWeekends++;
            }
        }
        if (workedWeekends > staff.maxWeekends()) {
            violations.add(new HardViolation(id, 0, horizon - 1, Rule.MAX_WEEKENDS, "", workedWeekends,
                    staff.maxWeekends()));
        }
    }

    /**
     * Runs of working days and of days off. The maximum run length counts runs touching the horizon ends as
     * they are; the minimums skip those runs (the benchmark assumes endless work and rest outside the horizon).
     */
    private void checkRuns(Roster roster, int employee, Instance.Staff staff, List<HardViolation> violations) {
        int horizon = instance.horizon();
        int runStart = 0;
        for (int day = 1; day <= horizon; day++) {
            boolean runEnds = day == horizon || roster.works(employee, day) != roster.works(employee, runStart);
            if (!runEnds) {
                continue;
            }
            int length = day - runStart;
            boolean interior = runStart > 0 && day < horizon;
            if (roster.works(employee, runStart)) {
                if (length > staff.maxConsecutiveShifts()) {
                    violations.add(new HardViolation(staff.id(), runStart, day - 1, Rule.MAX_CONSECUTIVE_SHIFTS,
                            "", length, staff.maxConsecutiveShifts()));
                }
                if (interior && length < staff.minConsecutiveShifts()) {
                    violations.add(new HardViolation(staff.id(), runStart, day - 1, Rule.MIN_CONSECUTIVE_SHIFTS,
                            "", length, staff.minConsecutiveShifts()));
                }
            } else if (interior && length < staff.minConsecutiveDaysOff()) {
                violations.add(new HardViolation(staff.id(), runStart, day - 1, Rule.MIN_CONSECUTIVE_DAYS_OFF,
                        "", length, staff.minConsecutiveDaysOff()));
            }
            runStart = day;
        }
    }

    private long shiftOnRequestPenalty(Roster roster) {
        long penalty = 0;
        for (Instance.ShiftRequest request : instance.shiftOnRequests()) {
            String worked = roster.shiftOf(employeeIndex(request.employeeId()), request.day()).orElse(null);
            if (!request.shiftTypeId().equals(worked)) {
                penalty += request.weight();
            }
        }
        return penalty;
    }

    private long shiftOffRequestPenalty(Roster roster) {
        long penalty = 0;
        for (Instance.ShiftRequest request : instance.shiftOffRequests()) {
            String worked = roster.shiftOf(employeeIndex(request.employeeId()), request.day()).orElse(null);
            if (request.shiftTypeId().equals(worked)) {
                penalty += request.weight();
            }
        }
        return penalty;
    }

    private long coverPenalty(Roster roster, boolean under) {
        long penalty = 0;
        for (Instance.Cover cover : instance.cover()) {
            int assigned = 0;
            for (int employee = 0; employee < roster.employees(); employee++) {
                if (cover.shiftTypeId().equals(roster.shiftOf(employee, cover.day()).orElse(null))) {
                    assigned++;
                }
            }
            if (under && assigned < cover.requirement()) {
                penalty += (long) cover.underWeight() * (cover.requirement() - assigned);
            } else if (!under && assigned > cover.requirement()) {
                penalty += (long) cover.overWeight() * (assigned - cover.requirement());
            }
        }
        return penalty;
    }

    private int employeeIndex(String employeeId) {
        for (int index = 0; index < instance.staff().size(); index++) {
            if (instance.staff().get(index).id().equals(employeeId)) {
                return index;
            }
        }
        throw new IllegalArgumentException("Unknown employee " + employeeId + " in a request of " + instance.name());
    }
}
