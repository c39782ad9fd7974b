package org.permanence.rota.domain;

import java.util.Objects;
import java.util.Set;

/** A person who can be rostered, with the skills they hold and the rules of their contract. */
public final class Employee {

    private final String id;
    private final String name;
    private final Set<String> skills;
    private final WorkRules rules;
    private final EmployeeHistory history;

    public Employee(String id, String name, Set<String> skills, WorkRules rules, EmployeeHistory history) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.skills = Set.copyOf(skills);
        this.rules = Objects.requireNonNull(rules);
        this.history = Objects.requireNonNull(history);
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

    public boolean canWork(ShiftType shiftType) {
        return shiftType.getRequiredSkill() == null || skills.contains(shiftType.getRequiredSkill());
    }

    @Override
    public String toString() {
        return name;
    }
}
