package org.permanence.benchmark;

import java.util.Arrays;
import java.util.Optional;

/**
 * A roster of a benchmark instance: for every employee (file order) and every day, a shift type id or a day off.
 */
public final class Roster {

    private final String[][] shiftIds;

    private Roster(String[][] shiftIds) {
        this.shiftIds = shiftIds;
    }

    public static Roster allOff(int employees, int days) {
        return new Roster(new String[employees][days]);
    }

    public int employees() {
        return shiftIds.length;
    }

    public int days() {
        return shiftIds.length == 0 ? 0 : shiftIds[0].length;
    }

    /** The shift type id worked by the employee on the day, or empty on a day off. */
    public Optional<String> shiftOf(int employee, int day) {
        return Optional.ofNullable(shiftIds[employee][day]);
    }

    public boolean works(int employee, int day) {
        return shiftIds[employee][day] != null;
    }

    /** Assigns a shift type id, or {@code null} for a day off. */
    public void assign(int employee, int day, String shiftTypeId) {
        shiftIds[employee][day] = shiftTypeId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Roster roster && Arrays.deepEquals(shiftIds, roster.shiftIds);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(shiftIds);
    }
}
