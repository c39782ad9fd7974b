package org.permanence.rota.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The planning problem and solution of one rota period: who works which shift on each day.
 * Build it with {@link #RotaPlan(LocalDate, LocalDate, RotaSettings, List, List, List, List, List, List)}; it creates
 * one {@link EmployeeDay} per employee and day, with fixed days off pinned as days off.
 */
@PlanningSolution(solutionCloner = RotaPlanCloner.class)
public class RotaPlan {

    @ProblemFactProperty
    private RotaCalendar calendar;
    @ProblemFactCollectionProperty
    private List<Employee> employees;
    @ProblemFactCollectionProperty
    private List<ShiftType> shiftTypes;
    @ProblemFactCollectionProperty
    private List<CoverDemand> demands;
    @ProblemFactCollectionProperty
    private List<CoverCell> coverCells;
    @ProblemFactCollectionProperty
    private List<Availability> availabilities;
    @ProblemFactCollectionProperty
    private List<ShiftRequest> requests;
    @ProblemFactCollectionProperty
    private List<FixedDayOff> fixedDaysOff;
    @PlanningEntityCollectionProperty
    private List<EmployeeDay> employeeDays;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    RotaPlan() {
        // for Timefold
    }

    /** A copy sharing every problem fact, with its own copy of each {@link EmployeeDay} (see {@link RotaPlanCloner}). */
    RotaPlan(RotaPlan original) {
        this.calendar = original.calendar;
        this.employees = original.employees;
        this.shiftTypes = original.shiftTypes;
        this.demands = original.demands;
        this.coverCells = original.coverCells;
        this.availabilities = original.availabilities;
        this.requests = original.requests;
        this.fixedDaysOff = original.fixedDaysOff;
        this.employeeDays = new ArrayList<>(original.employeeDays.size());
        for (EmployeeDay employeeDay : original.employeeDays) {
            employeeDays.add(new EmployeeDay(employeeDay));
        }
        this.constraintWeightOverrides = original.constraintWeightOverrides;
        this.score = original.score;
    }

    public RotaPlan(LocalDate firstDay, LocalDate lastDay, RotaSettings settings, List<Employee> employees,
                List<ShiftType> shiftTypes, List<CoverDemand> demands, List<Availability> availabilities,
                List<ShiftRequest> requests, List<FixedDayOff> fixedDaysOff) {
        this.calendar = new RotaCalendar(firstDay, lastDay, settings, shiftTypes, demands);
        this.employees = List.copyOf(employees);
        this.shiftTypes = List.copyOf(shiftTypes);
        this.demands = List.copyOf(demands);
        this.coverCells = calendar.getCoverCells();
        this.availabilities = List.copyOf(availabilities);
        this.requests = List.copyOf(requests);
        this.fixedDaysOff = List.copyOf(fixedDaysOff);
        Set<String> daysOff = new HashSet<>();
        for (FixedDayOff dayOff : fixedDaysOff) {
            daysOff.add(dayOff.employee().getId() + "@" + dayOff.date());
        }
        this.employeeDays = new ArrayList<>(employees.size() * calendar.getDayCount());
        for (Employee employee : employees) {
            for (int day = 0; day < calendar.getDayCount(); day++) {
                EmployeeDay employeeDay = new EmployeeDay(employee, day, calendar);
                employeeDay.setPinned(daysOff.contains(employeeDay.getId()));
                employeeDays.add(employeeDay);
            }
        }
    }

    public RotaCalendar getCalendar() {
        return calendar;
    }

    public List<Employee> getEmployees() {
        return employees;
    }

    public List<ShiftType> getShiftTypes() {
        return shiftTypes;
    }

    public List<CoverDemand> getDemands() {
        return demands;
    }

    public List<Availability> getAvailabilities() {
        return availabilities;
    }

    public List<ShiftRequest> getRequests() {
        return requests;
    }

    public List<FixedDayOff> getFixedDaysOff() {
        return fixedDaysOff;
    }

    public List<EmployeeDay> getEmployeeDays() {
        return employeeDays;
    }

    /** The cell of an employee on a date. */
    public EmployeeDay employeeDay(Employee employee, LocalDate date) {
        int index = employees.indexOf(employee) * calendar.getDayCount() + calendar.dayIndex(date);
        EmployeeDay employeeDay = employeeDays.get(index);
        if (employeeDay.getEmployee() != employee || !employeeDay.getDate().equals(date)) {
            throw new IllegalArgumentException(employee + " has no day " + date + " in this rota");
        }
        return employeeDay;
    }

    /** Every planned shift, in employee then date order. */
    public List<PlannedShift> plannedShifts() {
        return employeeDays.stream().filter(EmployeeDay::isWorking)
                .map(day -> new PlannedShift(day.getEmployee(), day.getShift())).toList();
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = Objects.requireNonNull(overrides);
    }

    /**
     * Changes constraint weights for this rota only, by constraint name (see docs/constraints.md). A weight may move
     * a constraint to another level (e.g. understaffing on the soft level) or switch it off with a zero weight.
     */
    public void overrideConstraintWeights(Map<String, HardMediumSoftLongScore> weightsByConstraintName) {
        setConstraintWeightOverrides(ConstraintWeightOverrides.of(Objects.requireNonNull(weightsByConstraintName)));
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
