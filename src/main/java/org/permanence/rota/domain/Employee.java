package org.permanence.rota.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A person who can be rostered, with the skills they hold and the rules of their contract. */
public final class Employee {

    private final String id;
    private final String name;
    private final Set<String> skills;
    private final WorkRules rules;
    private final EmployeeHistory history;
    private final int daysWithoutContractHours;
    private final long employmentEndMinute;

    public Employee(String id, String name, Set<String> skills, WorkRules rules, EmployeeHistory history) {
        this(id, name, skills, rules, history, 0, null);
    }

    /**
     * @param daysWithoutContractHours days of the period the contract hours are not due: outside the employment, or
     *                                 unavailable all day (leave, sickness, training)
     * @param employmentEnd            the end of the employment's last day (local midnight), or {@code null} when it
     *                                 has no end
     */
    public Employee(String id, String name, Set<String> skills, WorkRules rules, EmployeeHistory history,
                    int daysWithoutContractHours, Instant employmentEnd) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.skills = Set.copyOf(skills);
        this.rules = Objects.requireNonNull(rules);
        this.history = Objects.requireNonNull(history);
        this.daysWithoutContractHours = daysWithoutContractHours;
        this.employmentEndMinute = employmentEnd == null ? Long.MAX_VALUE : employmentEnd.getEpochSecond() / 60;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public WorkRules getRules() {
        return rules;
    }

    public EmployeeHistory getHistory() {
        return history;
    }

    public int getDaysWithoutContractHours() {
        return daysWithoutContractHours;
    }

    /** The end of the employment in minutes since the epoch, as shifts count them; {@link Long#MAX_VALUE}: none. */
    public long getEmploymentEndMinute() {
        return employmentEndMinute;
    }

    /** The contract hours prorated over the days of a period of {@code periodDays} on which they are due. */
    public long contractMinutesDue(int periodDays) {
        int dueDays = Math.max(0, periodDays - daysWithoutContractHours);
        return Math.round(rules.contractMinutesPerWeek() * dueDays / 7.0);
    }

    public boolean canWork(ShiftType shiftType) {
        return shiftType.getRequiredSkill() == null || skills.contains(shiftType.getRequiredSkill());
    }

    @Override
    public String toString() {
        return name;
    }
}
