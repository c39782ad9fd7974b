package org.permanence.payroll.export;

import org.permanence.payroll.rules.PayItem;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which payroll code (rubrique) each category is imported under, for one payroll tool. A category without a code
 * is not exported to CSV. The codes are set up in each client's payroll file (Silae, Sage, Cegid, EBP differ).
 */
public record PayrollCodeMapping(String payrollTool, Map<PayItem, String> codes) {

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

    public Optional<String> codeFor(PayItem item) {
        return Optional.ofNullable(codes.get(item));
    }
}
