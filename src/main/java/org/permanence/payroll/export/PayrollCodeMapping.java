package org.permanence.payroll.export;

import org.permanence.payroll.rules.PayItem;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which payroll code (rubrique) each category is imported under, for one payroll tool. A category without a code
 * is not exported to CSV. The codes are set up in each client's payroll file (Silae, Sage, Cegid, EBP differ).
 */
public record PayrollCodeMapping(String payrollTool, Map<PayItem, String> codes) {

    /** The shape of a payroll number: nothing a spreadsheet opening the CSV reads as a formula. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,19}");

    public PayrollCodeMapping {
        Objects.requireNonNull(payrollTool, "payrollTool");
        codes = codes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(codes));
    }

    /** The generic mapping documented in docs/payroll.md; contract base and worked hours are not exported. */
    public static PayrollCodeMapping defaults() {
        Map<PayItem, String> codes = new EnumMap<>(PayItem.class);
        codes.put(PayItem.NORMAL, "HN");
        codes.put(PayItem.OVERTIME_FIRST_TIER, "HS25");
        codes.put(PayItem.OVERTIME_SECOND_TIER, "HS50");
        codes.put(PayItem.COMPLEMENTARY_FIRST_TIER, "HC10");
        codes.put(PayItem.COMPLEMENTARY_SECOND_TIER, "HC25");
        codes.put(PayItem.PART_TIME_EXCESS, "HCDEP");
        codes.put(PayItem.NIGHT, "HNUIT");
        codes.put(PayItem.SUNDAY, "HDIM");
        codes.put(PayItem.PUBLIC_HOLIDAY, "HFER");
        codes.put(PayItem.MAY_DAY, "H1MAI");
        codes.put(PayItem.ABSENCE_PAID_LEAVE, "ABSCP");
        codes.put(PayItem.ABSENCE_SICKNESS, "ABSMAL");
        codes.put(PayItem.ABSENCE_TRAINING, "ABSFOR");
        codes.put(PayItem.ABSENCE_UNPAID, "ABSSS");
        codes.put(PayItem.ABSENCE_OTHER, "ABSAUT");
        codes.put(PayItem.NIGHT_SHIFTS, "NBNUIT");
        return new PayrollCodeMapping("generic", codes);
    }

    /**
     * Why codes cannot be written to the CSV, by category, or nothing when they can: a code is 1 to 20 letters,
     * digits, {@code - _ . /}, starting with a letter or a digit, and each category has its own (two lines under one
     * code would be added up or overwritten by the payroll tool; codes differing only in case count as one).
     */
    public static Map<PayItem, String> problems(Map<PayItem, String> codes) {
        Map<PayItem, String> problems = new EnumMap<>(PayItem.class);
        Map<String, PayItem> categories = new HashMap<>();
        for (PayItem item : PayItem.values()) {
            if (!codes.containsKey(item)) {
                continue;
            }
            String code = codes.get(item);
            if (code == null || !CODE.matcher(code).matches()) {
                problems.put(item, "must be 1 to 20 letters, digits, '-', '_', '.' and '/', starting with a letter"
                        + " or digit");
            } else {
                PayItem first = categories.putIfAbsent(code.toUpperCase(Locale.ROOT), item);
                if (first != null) {
                    problems.put(item, "is already the code of " + first + "; give each category its own code");
                }
            }
        }
        return problems;
    }

    public Optional<String> codeFor(PayItem item) {
        return Optional.ofNullable(codes.get(item));
    }
}
