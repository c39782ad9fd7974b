package org.permanence.rota.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One employee on one civil day of the rota: the shift type they work, or none for a day off. */
@PlanningEntity
public class EmployeeDay {

    static final String ALLOWED_SHIFT_TYPES = "allowedShiftTypes";

    @PlanningId
    private String id;
    private Employee employee;
    private int dayIndex;
    private LocalDate date;
    private RotaCalendar calendar;
    private List<ShiftType> allowedShiftTypes;

    @PlanningVariable(valueRangeProviderRefs = EmployeeDay.ALLOWED_SHIFT_TYPES, allowsUnassigned = true)
    private ShiftType shiftType;

    @PlanningPin
    private boolean pinned;

    /** What the latest published version had on this day (null = off), when a repair compares against it. */
    private ShiftType publishedShiftType;
    private boolean hasPublishedBaseline;

    EmployeeDay() {
        // for Timefold
    }

    /** A copy for {@link RotaPlanCloner}: every field, the value lists shared (they are replaced, never changed). */
    EmployeeDay(EmployeeDay original) {
        this.id = original.id;
        this.employee = original.employee;
        this.dayIndex = original.dayIndex;
        this.date = original.date;
        this.calendar = original.calendar;
        this.allowedShiftTypes = original.allowedShiftTypes;
        this.shiftType = original.shiftType;
        this.pinned = original.pinned;
        this.publishedShiftType = original.publishedShiftType;
        this.hasPublishedBaseline = original.hasPublishedBaseline;
    }

    public EmployeeDay(Employee employee, int dayIndex, RotaCalendar calendar) {
        this.id = employee.getId() + "@" + calendar.date(dayIndex);
        this.employee = employee;
        this.dayIndex = dayIndex;
        this.date = calendar.date(dayIndex);
        this.calendar = calendar;
        this.allowedShiftTypes = calendar.shiftTypesAllowedFor(employee, date);
    }

    public String getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public LocalDate getDate() {
        return date;
    }

    public RotaCalendar getCalendar() {
        return calendar;
    }

    /**
     * The shift types the solver may give this employee: those whose skill they hold and that their contract does not
     * forbid outright (a maximum of 0). Manual edits may still assign others; the constraints then report them.
     */
    @ValueRangeProvider(id = ALLOWED_SHIFT_TYPES)
    public List<ShiftType> getAllowedShiftTypes() {
        return allowedShiftTypes;
    }

    /**
     * Adds a shift type to this day's value range only: a {@linkplain ShiftType#oneOff one-off} type of a hand-timed
     * shift, or a template a manager gave someone the solver would not (a skill they lack, a contract maximum of 0),
     * which the constraints then report. Timefold refuses to score a day holding a value outside its range.
     */
    public void allowOnThisDay(ShiftType shiftType) {
        if (!allowedShiftTypes.contains(shiftType)) {
            List<ShiftType> allowed = new ArrayList<>(allowedShiftTypes);
            allowed.add(shiftType);
            allowedShiftTypes = List.copyOf(allowed);
        }
    }

    /** Whether the solver may give this day {@code shiftType}: a day off, or a type within its value range. */
    public boolean mayTake(ShiftType shiftType) {
        return shiftType == null || allowedShiftTypes.contains(shiftType);
    }

    public ShiftType getShiftType() {
        return shiftType;
    }

    public void setShiftType(ShiftType shiftType) {
        this.shiftType = shiftType;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public ShiftType getPublishedShiftType() {
        return publishedShiftType;
    }

    public boolean hasPublishedBaseline() {
        return hasPublishedBaseline;
    }

    /** Records the published assignment of this day, so a repair can count what it changes. */
    public void setPublishedBaseline(ShiftType published) {
        this.publishedShiftType = published;
        this.hasPublishedBaseline = true;
    }

    /** True when a published baseline is set and this day's assignment differs from it. */
    public boolean differsFromPublished() {
        return hasPublishedBaseline && !Objects.equals(shiftType, publishedShiftType);
    }

    public boolean isWorking() {
        return shiftType != null;
    }

    /** The planned shift with its real times, or {@code null} on a day off. */
    public ShiftOccurrence getShift() {
        return shiftType == null ? null : calendar.occurrence(shiftType, dayIndex);
    }

    @Override
    public String toString() {
        return id + "=" + (shiftType == null ? "off" : shiftType.getCode());
    }
}
