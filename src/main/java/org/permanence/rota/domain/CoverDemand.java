package org.permanence.rota.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many people are needed, either for a skill over a time interval (a helpline's 30-minute slot) or for a given
 * shift type on a date (the public benchmark). Each missing person costs {@code underWeight}, each extra person
 * {@code overWeight}.
 */
public final class CoverDemand {

    private final String skill;
    private final Instant start;
    private final Instant end;
    private final ShiftType shiftType;
    private final LocalDate date;
    private final int required;
    private final int underWeight;
    private final int overWeight;

    private CoverDemand(String skill, Instant start, Instant end, ShiftType shiftType, LocalDate date, int required,
                        int underWeight, int overWeight) {
        if (required < 0 || underWeight < 0 || overWeight < 0) {
            throw new IllegalArgumentException("Demand counts and weights must not be negative");
        }
        this.skill = skill;
        this.start = start;
        this.end = end;
        this.shiftType = shiftType;
        this.date = date;
        this.required = required;
        this.underWeight = underWeight;
        this.overWeight = overWeight;
    }

    /** People holding {@code skill} on duty during the whole of [start, end). */
    public static CoverDemand forSkill(String skill, Instant start, Instant end, int required, int underWeight,
                                       int overWeight) {
        Objects.requireNonNull(skill);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Demand interval must end after it starts");
        }
        return new CoverDemand(skill, start, end, null, null, required, underWeight, overWeight);
    }

    /** People on a given shift type on a date. */
    public static CoverDemand forShiftType(ShiftType shiftType, LocalDate date, int required, int underWeight,
                                           int overWeight) {
        return new CoverDemand(null, null, null, Objects.requireNonNull(shiftType), Objects.requireNonNull(date),
                required, underWeight, overWeight);
    }

    public boolean isCoveredBy(ShiftOccurrence shift) {
        if (shiftType != null) {
            return shift.shiftType() == shiftType && shift.date().equals(date);
        }
        return skill.equals(shift.shiftType().getRequiredSkill())
                && !shift.start().isAfter(start) && !shift.end().isBefore(end);
    }

    public boolean isSkillDemand() {
        return skill != null;
    }

    public String getSkill() {
        return skill;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public ShiftType getShiftType() {
        return shiftType;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getRequired() {
        return required;
    }

    public int getUnderWeight() {
        return underWeight;
    }

    public int getOverWeight() {
        return overWeight;
    }

    @Override
    public String toString() {
        return skill != null ? skill + " " + start + "–" + end : shiftType.getCode() + " on " + date;
    }
}
