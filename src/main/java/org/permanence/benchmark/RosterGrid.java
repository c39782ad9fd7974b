package org.permanence.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The roster grid of README §6/§7: one line per employee in file order, one cell per day, {@code .} or an empty
 * cell for a day off. Cells are separated by tabs (RosterViewer's paste format, empty cells allowed) or by spaces.
 * A leading employee-id column and a header line of day numbers are optional.
 */
public final class RosterGrid {

    private static final String OFF = ".";

    private RosterGrid() {
    }

    public static Roster read(Instance instance, Path file) {
        try {
            return parse(instance, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read roster grid " + file, e);
        }
    }

    public static Roster parse(Instance instance, List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#") && !isDayHeader(line)) {
                rows.add(line);
            }
        }
        int employees = instance.staff().size();
        while (rows.size() > employees && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        while (rows.size() > employees && rows.get(0).isBlank()) {
            rows.remove(0);
        }
        int days = instance.horizon();
        if (rows.size() != employees) {
            throw new IllegalArgumentException("Grid has " + rows.size() + " employee lines; " + instance.name()
                    + " has " + employees + " employees");
        }
        Roster roster = Roster.allOff(employees, days);
        for (int employee = 0; employee < employees; employee++) {
            List<String> cells = cells(rows.get(employee), days);
            String employeeId = instance.staff().get(employee).id();
            if (cells.size() == days + 1 && cells.get(0).equals(employeeId)) {
                cells = cells.subList(1, cells.size());
            }
            if (cells.size() != days) {
                throw new IllegalArgumentException("Line " + (employee + 1) + " (employee " + employeeId + ") has "
                        + cells.size() + " day cells; the horizon has " + days + " days");
            }
            for (int day = 0; day < days; day++) {
                String cell = cells.get(day);
                roster.assign(employee, day, cell.isEmpty() || cell.equals(OFF) ? null : cell);
            }
        }
        return roster;
    }

    /** Tab-separated lines keep empty cells (and may drop trailing ones); other lines split on spaces. */
    private static List<String> cells(String line, int days) {
        if (line.indexOf('\t') >= 0 || line.isBlank()) {
            List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            while (cells.size() > days + 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            while (cells.size() < days) {
                cells.add("");
            }
            return cells;
        }
        return Arrays.asList(line.strip().split(" +"));
    }

    private static boolean isDayHeader(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && stripped.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    /** Writes the grid with the employee ids and a header of day numbers modulo 10, cells separated by spaces. */
    public static String format(Instance instance, Roster roster) {
        int idWidth = instance.staff().stream().mapToInt(staff -> staff.id().length()).max().orElse(1) + 2;
        int cellWidth = instance.shiftTypes().stream().mapToInt(type -> type.id().length()).max().orElse(1);
        StringBuilder grid = new StringBuilder(" ".repeat(idWidth));
        for (int day = 0; day < roster.days(); day++) {
            grid.append(pad(String.valueOf(day % 10), cellWidth)).append(day + 1 < roster.days() ? " " : "\n");
        }
        for (int employee = 0; employee < roster.employees(); employee++) {
            grid.append(pad(instance.staff().get(employee).id(), idWidth));
            for (int day = 0; day < roster.days(); day++) {
                grid.append(pad(roster.shiftOf(employee, day).orElse(OFF), cellWidth))
                        .append(day + 1 < roster.days() ? " " : "\n");
            }
        }
        return grid.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
