package org.permanence.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

/**
 * Maps a benchmark instance into the product's own rota model, so the product's solver and constraints solve it:
 * staff rules become contract {@link WorkRules} (everything else unrestricted), shift types keep their forbidden
 * successions, fixed days off become pinned days off, requests and per-shift-type cover keep their weights.
 */
public final class RotaImporter {

    /** Day 0 of every instance; a Monday, as in the benchmark's XML versions. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 6);

    /**
     * The text format has lengths but no clock times. UTC has no daylight-saving change and shifts starting at 08:00
     * (12 h at most) neither overlap the next day nor touch the default night window, so only the benchmark's own
     * rules apply.
     */
    private static final LocalTime SHIFT_START = LocalTime.of(8, 0);

    private RotaImporter() {
    }

    public static RotaPlan toRota(Instance instance) {
        Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
        for (Instance.ShiftType type : instance.shiftTypes()) {
            shiftTypes.put(type.id(), new ShiftType(type.id(), null, SHIFT_START, type.lengthMinutes(),
                    type.cannotFollow()));
        }
        Map<String, Employee> employees = new LinkedHashMap<>();
        for (Instance.Staff staff : instance.staff()) {
            WorkRules rules = WorkRules.unrestricted()
                    .withMaxShiftsPerType(staff.maxShifts())
                    .withTotalMinutes(staff.minTotalMinutes(), staff.maxTotalMinutes())
                    .withConsecutiveDays(staff.maxConsecutiveShifts(), staff.minConsecutiveShifts(),
                            staff.minConsecutiveDaysOff())
                    .withMaxWorkedWeekends(staff.maxWeekends());
            employees.put(staff.id(), new Employee(staff.id(), staff.id(), Set.of(), rules, EmployeeHistory.none()));
        }
        List<ShiftRequest> requests = new ArrayList<>();
        for (Instance.ShiftRequest request : instance.shiftOnRequests()) {
            requests.add(request(request, ShiftRequest.Kind.ON, employees, shiftTypes));
        }
        for (Instance.ShiftRequest request : instance.shiftOffRequests()) {
            requests.add(request(request, ShiftRequest.Kind.OFF, employees, shiftTypes));
        }
        List<CoverDemand> demands = instance.cover().stream()
                .map(cover -> CoverDemand.forShiftType(shiftTypes.get(cover.shiftTypeId()), date(cover.day()),
                        cover.requirement(), cover.underWeight(), cover.overWeight()))
                .toList();
        List<FixedDayOff> daysOff = new ArrayList<>();
        for (Instance.Staff staff : instance.staff()) {
            instance.daysOffOf(staff.id()).stream().sorted()
                    .forEach(day -> daysOff.add(new FixedDayOff(employees.get(staff.id()), date(day))));
        }
        RotaSettings settings = RotaSettings.defaults(ZoneOffset.UTC, Set.of());
        RotaPlan rota = new RotaPlan(FIRST_DAY, date(instance.horizon() - 1), settings, List.copyOf(employees.values()),
                List.copyOf(shiftTypes.values()), demands, List.of(), requests, daysOff);
        rota.overrideConstraintWeights(BenchmarkWeights.overrides(instance));
        return rota;
    }

    /** Sets every employee-day of the rota from the roster (employees and days in file order). */
    public static void apply(Roster roster, RotaPlan rota) {
        Map<String, ShiftType> byCode = new LinkedHashMap<>();
        rota.getShiftTypes().forEach(type -> byCode.put(type.getCode(), type));
        for (EmployeeDay employeeDay : rota.getEmployeeDays()) {
            int employee = rota.getEmployees().indexOf(employeeDay.getEmployee());
            String code = roster.shiftOf(employee, employeeDay.getDayIndex()).orElse(null);
            if (code != null && !byCode.containsKey(code)) {
                throw new IllegalArgumentException("Unknown shift type " + code);
            }
            employeeDay.setShiftType(code == null ? null : byCode.get(code));
        }
    }

    /** The roster a (solved) rota plans. */
    public static Roster rosterOf(RotaPlan rota) {
        Roster roster = Roster.allOff(rota.getEmployees().size(), rota.getCalendar().getDayCount());
        Map<Employee, Integer> index = new LinkedHashMap<>();
        for (int employee = 0; employee < rota.getEmployees().size(); employee++) {
            index.put(rota.getEmployees().get(employee), employee);
        }
        for (EmployeeDay employeeDay : rota.getEmployeeDays()) {
            if (employeeDay.isWorking()) {
                roster.assign(index.get(employeeDay.getEmployee()), employeeDay.getDayIndex(),
                        employeeDay.getShiftType().getCode());
            }
        }
        return roster;
    }

    private static ShiftRequest request(Instance.ShiftRequest request, ShiftRequest.Kind kind,
                                        Map<String, Employee> employees, Map<String, ShiftType> shiftTypes) {
        return new ShiftRequest(employees.get(request.employeeId()), date(request.day()),
                shiftTypes.get(request.shiftTypeId()), kind, request.weight());
    }

    private static LocalDate date(int day) {
        return FIRST_DAY.plusDays(day);
    }
}
