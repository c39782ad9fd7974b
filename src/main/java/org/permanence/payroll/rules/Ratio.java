package org.permanence.payroll.rules;

/** An exact fraction (e.g. 1/10 of contract hours), so limits on minutes never go through floating point. */
public record Ratio(long numerator, long denominator) {

    public Ratio {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("ratio must be non-negative with a positive denominator: "
                    + numerator + "/" + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The share of {@code minutes}, rounded down to the whole minute. */
    public long ofMinutes(long minutes) {
        return Math.floorDiv(minutes * numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
