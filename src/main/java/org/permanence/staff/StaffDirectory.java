package org.permanence.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.permanence.security.KnownEmployees;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of the staff for other features (planning, payroll, demand): plain records, no aggregates.
 */
@Service
public class StaffDirectory implements KnownEmployees {

    private final EmployeeRepository employees;
    private final ContractRepository contracts;
    private final SkillRepository skills;
    private final AvailabilityRepository availabilities;

    StaffDirectory(EmployeeRepository employees, ContractRepository contracts, SkillRepository skills,
            AvailabilityRepository availabilities) {
        this.employees = employees;
        this.contracts = contracts;
        this.skills = skills;
        this.availabilities = availabilities;
    }

    /** Everyone employed on at least one day of [firstDay, lastDay], by last then first name. */
    @Transactional(readOnly = true)
    public List<StaffMember> employedBetween(LocalDate firstDay, LocalDate lastDay) {
        Map<Long, ContractTerms> contractTerms = contracts.findAll().stream()
                .collect(Collectors.toMap(Contract::id, StaffDirectory::terms));
        Map<Long, String> skillCodes = skills.findAll().stream().collect(Collectors.toMap(Skill::id, Skill::code));
        return employees.findEmployedBetween(firstDay, lastDay).stream()
                .map(employee -> member(employee, contractTerms, skillCodes))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long employeeId) {
        return employees.existsById(employeeId);
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> employee(long id) {
        return employees.findById(id).map(employee -> member(employee,
                contracts.findById(employee.contractId()).map(StaffDirectory::terms).stream()
                        .collect(Collectors.toMap(ContractTerms::id, Function.identity())),
                skills.findAllById(employee.skillIds()).stream().collect(Collectors.toMap(Skill::id, Skill::code))));
    }

    /** Availability ranges of all employees overlapping [from, to). */
    @Transactional(readOnly = true)
    public List<AvailabilityPeriod> availabilityBetween(Instant from, Instant to) {
        return availabilities.findOverlapping(from, to).stream()
                .map(a -> new AvailabilityPeriod(a.id(), a.employeeId(), a.start(), a.end(), a.kind(), a.reason()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SkillInfo> skills() {
        return skills.findAllByOrderByCode().stream().map(StaffDirectory::info).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SkillInfo> skill(long id) {
        return skills.findById(id).map(StaffDirectory::info);
    }

    private static StaffMember member(Employee employee, Map<Long, ContractTerms> contractTerms,
            Map<Long, String> skillCodes) {
        Set<Long> skillIds = new TreeSet<>(employee.skillIds());
        Set<String> codes = skillIds.stream().map(skillCodes::get).collect(Collectors.toCollection(TreeSet::new));
        return new StaffMember(employee.id(), employee.payrollNumber(), employee.firstName(), employee.lastName(),
                skillIds, codes, contractTerms.get(employee.contractId()), employee.employmentStart(),
                employee.employmentEnd());
    }

    private static ContractTerms terms(Contract contract) {
        return new ContractTerms(contract.id(), contract.name(), contract.weeklyMinutes(), contract.rules());
    }

    private static SkillInfo info(Skill skill) {
        return new SkillInfo(skill.id(), skill.code(), skill.name());
    }
}
