package org.permanence.rota.solver;

import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A two-week Paris rota starting Monday 3 March 2025, with a few shift types, for constraint tests. */
final class RotaTestData {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final String PHONE = "phone";

    static final ShiftType EARLY = new ShiftType("E", PHONE, LocalTime.of(7, 0), 480, Set.of());
    static final ShiftType LATE = new ShiftType("L", PHONE, LocalTime.of(14, 0), 480, Set.of("E"));
    static final ShiftType EVENING = new ShiftType("V", PHONE, LocalTime.of(15, 0), 480, Set.of());
    static final ShiftType NIGHT = new ShiftType("N", PHONE, LocalTime.of(23, 0), 480, Set.of());
    static final ShiftType LONG_NIGHT = new ShiftType("N10", PHONE, LocalTime.of(21, 0), 600, Set.of());
    static final ShiftType SIX_AM = new ShiftType("S", PHONE, LocalTime.of(6, 0), 480, Set.of());
    static final ShiftType LONG_DAY = new ShiftType("D", PHONE, LocalTime.of(8, 0), 720, Set.of());
    static final List<ShiftType> SHIFT_TYPES = List.of(EARLY, LATE, EVENING, NIGHT, LONG_NIGHT, SIX_AM, LONG_DAY);

    private RotaTestData() {
    }

    static RotaCalendar calendar(CoverDemand... demands) {
        return calendar(Set.of(), demands);
    }

    static RotaCalendar calendar(Set<LocalDate> holidays, CoverDemand... demands) {
        return new RotaCalendar(MONDAY, MONDAY.plusDays(13), RotaSettings.defaults(PARIS, holidays), SHIFT_TYPES,
                List.of(demands));
    }

    static Employee employee(String name, WorkRules rules) {
        return employee(name, rules, EmployeeHistory.none());
    }

    static Employee employee(String name, WorkRules rules, EmployeeHistory history) {
        return new Employee(name.toLowerCase(), name, Set.of(PHONE), rules, history);
    }

    static Employee fullTimer(String name) {
        return employee(name, WorkRules.frenchLabourCode(35 * 60));
    }

    static EmployeeDay day(RotaCalendar calendar, Employee employee, int dayIndex, ShiftType shiftType) {
        EmployeeDay day = new EmployeeDay(employee, dayIndex, calendar);
        day.setShiftType(shiftType);
        return day;
    }

    static Instant at(int dayIndex, int hour, int minute) {
        return MONDAY.plusDays(dayIndex).atTime(hour, minute).atZone(PARIS).toInstant();
    }
}
