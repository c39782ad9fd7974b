package org.permanence.payroll.rules;

/**
 * The part of an employee's contract that payroll classification needs: the contractual weekly duration.
 * A contract below the rule set's legal weekly duration is part-time (complementary hours); otherwise
 * it is full-time (overtime).
 */
public record EmploymentContract(long weeklyMinutes) {

    public EmploymentContract {
        if (weeklyMinutes <= 0) {
            throw new IllegalArgumentException("weekly minutes must be positive: " + weeklyMinutes);
        }
    }

    public static EmploymentContract weeklyHours(long hours) {
        return new EmploymentContract(hours * 60);
    }

    public boolean isPartTime(PayrollRuleSet rules) {
        return weeklyMinutes < rules.legalWeeklyMinutes();
    }
}
