package org.permanence.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the benchmark's plain-text instance format (README §1). */
public final class InstanceReader {

    private InstanceReader() {
    }

    public static Instance read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return parse(name, Files.readAllLines(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read instance " + file, e);
        }
    }

    public static Instance parse(String name, List<String> lines) {
        Map<String, List<String[]>> sections = sections(lines);
        List<String[]> horizonRows = section(sections, "SECTION_HORIZON");
        if (horizonRows.size() != 1) {
            throw new IllegalArgumentException("SECTION_HORIZON must hold exactly one number");
        }
        int horizon = Integer.parseInt(horizonRows.get(0)[0]);

        List<Instance.ShiftType> shiftTypes = new ArrayList<>();
        for (String[] row : section(sections, "SECTION_SHIFTS")) {
            shiftTypes.add(new Instance.ShiftType(row[0], Integer.parseInt(row[1]), list(field(row, 2))));
        }

        List<Instance.Staff> staff = new ArrayList<>();
        for (String[] row : section(sections, "SECTION_STAFF")) {
            Map<String, Integer> maxShifts = new LinkedHashMap<>();
            for (String entry : list(row[1])) {
                String[] pair = entry.split("=");
                maxShifts.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
            }
            staff.add(new Instance.Staff(row[0], maxShifts, Integer.parseInt(row[2]), Integer.parseInt(row[3]),
                    Integer.parseInt(row[4]), Integer.parseInt(row[5]), Integer.parseInt(row[6]),
                    Integer.parseInt(row[7])));
        }

        Map<String, Set<Integer>> daysOff = new HashMap<>();
        for (String[] row : section(sections, "SECTION_DAYS_OFF")) {
            Set<Integer> days = daysOff.computeIfAbsent(row[0], id -> new LinkedHashSet<>());
            Arrays.stream(row, 1, row.length).filter(day -> !day.isEmpty())
                    .forEach(day -> days.add(Integer.parseInt(day)));
        }

        return new Instance(name, horizon, shiftTypes, staff, daysOff,
                requests(section(sections, "SECTION_SHIFT_ON_REQUESTS")),
                requests(section(sections, "SECTION_SHIFT_OFF_REQUESTS")),
                section(sections, "SECTION_COVER").stream()
                        .map(row -> new Instance.Cover(Integer.parseInt(row[0]), row[1], Integer.parseInt(row[2]),
                                Integer.parseInt(row[3]), Integer.parseInt(row[4])))
                        .toList());
    }

    private static Map<String, List<String[]>> sections(List<String> lines) {
        Map<String, List<String[]>> sections = new HashMap<>();
        List<String[]> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("SECTION_")) {
                current = new ArrayList<>();
                sections.put(line, current);
            } else if (!line.isEmpty() && current != null) {
                current.add(Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new));
            }
        }
        return sections;
    }

    private static List<String[]> section(Map<String, List<String[]>> sections, String header) {
        List<String[]> rows = sections.get(header);
        if (rows == null) {
            throw new IllegalArgumentException("Missing " + header);
        }
        return rows;
    }

    private static List<Instance.ShiftRequest> requests(List<String[]> rows) {
        return rows.stream().map(row -> new Instance.ShiftRequest(row[0], Integer.parseInt(row[1]), row[2],
                Integer.parseInt(row[3]))).toList();
    }

    private static String field(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static Set<String> list(String field) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : field.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
