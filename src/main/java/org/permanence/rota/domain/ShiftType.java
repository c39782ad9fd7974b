package org.permanence.rota.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A shift template: a local start time and a nominal duration. Its real start and end on a given date are resolved
 * in the rota's zone by {@link RotaCalendar}, so a night across a daylight-saving change lasts 9 h or 11 h.
 */
public final class ShiftType {

    private final String code;
    private final String requiredSkill;
    private final LocalTime startTime;
    private final int nominalMinutes;
    private final Set<String> forbiddenNextDayCodes;
    private final String templateCode;
    /** The one date a hand-timed shift ({@link #oneOff}) is on; null for a template. */
    private final LocalDate oneOffDate;
    /** The days of the week a template is worked on; every day when empty. */
    private final Set<DayOfWeek> days;

    /**
     * @param requiredSkill         skill an employee needs to work it, or {@code null} when anyone may
     * @param forbiddenNextDayCodes codes of the shift types that may not be worked on the day after this one
     */
    public ShiftType(String code, String requiredSkill, LocalTime startTime, int nominalMinutes,
                     Set<String> forbiddenNextDayCodes) {
        this(code, requiredSkill, startTime, nominalMinutes, forbiddenNextDayCodes, Set.of());
    }

    /** @param days the days of the week the template is worked on (empty: every day) */
    public ShiftType(String code, String requiredSkill, LocalTime startTime, int nominalMinutes,
                     Set<String> forbiddenNextDayCodes, Set<DayOfWeek> days) {
        this(code, requiredSkill, startTime, nominalMinutes, forbiddenNextDayCodes, code, null, days);
    }

    private ShiftType(String code, String requiredSkill, LocalTime startTime, int nominalMinutes,
                      Set<String> forbiddenNextDayCodes, String templateCode, LocalDate oneOffDate,
                      Set<DayOfWeek> days) {
        this.code = Objects.requireNonNull(code);
        this.requiredSkill = requiredSkill;
        this.startTime = Objects.requireNonNull(startTime);
        if (nominalMinutes <= 0 || nominalMinutes > 24 * 60) {
            throw new IllegalArgumentException("Shift " + code + " must last between 1 minute and 24 hours");
        }
        this.nominalMinutes = nominalMinutes;
        this.forbiddenNextDayCodes = Set.copyOf(forbiddenNextDayCodes);
        this.templateCode = templateCode;
        this.oneOffDate = oneOffDate;
        this.days = Set.copyOf(days);
    }

    /**
     * A shift a manager timed by hand: this template's skill and forbidden successors with its own local start and
     * duration (local wall-clock minutes, so the zone resolves the real end). It counts as its template for the
     * forbidden-succession and per-type rules. It is in no employee's shared value range, only in that of the pinned
     * day holding it ({@link EmployeeDay#allowOnThisDay}): the solver never moves it nor hands it out.
     */
    public ShiftType oneOff(String oneOffCode, LocalDate date, LocalTime oneOffStart, int oneOffNominalMinutes) {
        return new ShiftType(oneOffCode, requiredSkill, oneOffStart, oneOffNominalMinutes, forbiddenNextDayCodes,
                templateCode, Objects.requireNonNull(date), Set.of());
    }

    /** Whether the type is worked on {@code date}: a template on its weekdays, a hand-timed shift on its date. */
    public boolean occursOn(LocalDate date) {
        return oneOffDate != null ? oneOffDate.equals(date) : days.isEmpty() || days.contains(date.getDayOfWeek());
    }

    /** The code of the template this shift type is, or was derived from by {@link #oneOff}. */
    public String getTemplateCode() {
        return templateCode;
    }

    public boolean isOneOff() {
        return !templateCode.equals(code);
    }

    public String getCode() {
        return code;
    }

    public String getRequiredSkill() {
        return requiredSkill;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getNominalMinutes() {
        return nominalMinutes;
    }

    public boolean forbidsOnNextDay(ShiftType next) {
        return forbiddenNextDayCodes.contains(next.templateCode);
    }

    @Override
    public String toString() {
        return code;
    }
}
