package org.permanence.benchmark;

/**
 * One broken hard rule of the benchmark (README §3): who, which days, which rule, what exactly, the value found
 * and the limit. Rules without a quantity (a forbidden succession, a fixed day off) report value 1 and limit 0.
 */
public record HardViolation(String employeeId, int firstDay, int lastDay, Rule rule, String detail, long value,
                            long limit) {

    public enum Rule {
        UNKNOWN_SHIFT_TYPE("shift type not in the instance", false),
        SHIFT_ROTATION("forbidden shift succession", false),
        MAX_SHIFTS_OF_TYPE("too many shifts of one type", true),
        MAX_TOTAL_MINUTES("too many minutes worked", true),
        MIN_TOTAL_MINUTES("too few minutes worked", true),
        MAX_CONSECUTIVE_SHIFTS("too many consecutive working days", true),
        MIN_CONSECUTIVE_SHIFTS("too few consecutive working days", true),
        MIN_CONSECUTIVE_DAYS_OFF("too few consecutive days off", true),
        MAX_WEEKENDS("too many worked weekends", true),
        DAY_OFF("works on a fixed day off", false);

        private final String description;
        private final boolean quantified;

        Rule(String description, boolean quantified) {
            this.description = description;
            this.quantified = quantified;
        }

        public String description() {
            return description;
        }
    }

    /** Plain words, e.g. "A: too many consecutive working days on days 3-9: 7, limit 5". */
    public String describe() {
        String days = firstDay == lastDay ? "day " + firstDay : "days " + firstDay + "-" + lastDay;
        String what = detail.isEmpty() ? "" : " (" + detail + ")";
        String quantity = rule.quantified ? ": " + value + ", limit " + limit : "";
        return employeeId + ": " + rule.description() + what + " on " + days + quantity;
    }
}
