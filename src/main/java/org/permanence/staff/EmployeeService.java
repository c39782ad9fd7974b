package org.permanence.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.permanence.security.UserAccounts;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EmployeeService {

    private final EmployeeRepository employees;
    private final ContractRepository contracts;
    private final SkillRepository skills;
    private final JdbcAggregateTemplate aggregates;
    private final List<EmployeeReferences> references;
    private final UserAccounts accounts;

    EmployeeService(EmployeeRepository employees, ContractRepository contracts, SkillRepository skills,
            JdbcAggregateTemplate aggregates, List<EmployeeReferences> references, UserAccounts accounts) {
        this.employees = employees;
        this.contracts = contracts;
        this.skills = skills;
        this.aggregates = aggregates;
        this.references = references;
        this.accounts = accounts;
    }

    /**
     * Employees matching every given filter (null filters are ignored), by last then first name. An unknown skill is
     * refused (422, naming the {@code skillId} filter) rather than answered with an empty page.
     *
     * @param name     part of the first or last name, or the payroll number
     * @param activeOn a day on which they are employed
     */
    @Transactional(readOnly = true)
    public Page<Employee> search(Long skillId, Long contractId, String name, LocalDate activeOn, int page, int size) {
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("lastName", "firstName", "id"));
        if (skillId != null && !skills.existsById(skillId)) {
            throw new InvalidRequestException("skillId", "skill " + skillId + " does not exist");
        }
        Criteria criteria = Criteria.empty();
        if (skillId != null) {
            List<Long> holders = employees.findIdsHoldingSkill(skillId);
            if (holders.isEmpty()) {
                return Page.empty(pageRequest);
            }
            criteria = criteria.and("id").in(holders);
        }
        if (contractId != null) {
            criteria = criteria.and("contractId").is(contractId);
        }
        if (name != null && !name.isBlank()) {
            String pattern = "%" + name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            criteria = criteria.and(Criteria.where("firstName").like(pattern)
                    .or("lastName").like(pattern)
                    .or("payrollNumber").like(pattern));
        }
        if (activeOn != null) {
            criteria = criteria.and("employmentStart").lessThanOrEquals(activeOn)
                    .and(Criteria.where("employmentEnd").isNull().or("employmentEnd").greaterThanOrEquals(activeOn));
        }
        return aggregates.findAll(Query.query(criteria), Employee.class, pageRequest);
    }

    @Transactional(readOnly = true)
    public Employee get(long id) {
        return employees.findById(id).orElseThrow(() -> new NotFoundException("Employee", id));
    }

    @Transactional
    public Employee create(EmployeeDraft draft) {
        checkReferencesAndDates(draft);
        if (employees.existsByPayrollNumber(draft.payrollNumber())) {
            throw new ConflictException("payrollNumber", "is already used by another employee");
        }
        return employees.save(toEmployee(null, null, draft));
    }

    @Transactional
    public Employee update(long id, EmployeeDraft draft) {
        Employee current = get(id);
        StaleVersionException.check("Employee", id, draft.version(), current.version());
        checkReferencesAndDates(draft);
        if (employees.existsByPayrollNumberAndIdNot(draft.payrollNumber(), id)) {
            throw new ConflictException("payrollNumber", "is already used by another employee");
        }
        requireRecordsWithinEmployment(current, draft);
        if (!Objects.equals(current.employmentEnd(), draft.employmentEnd())) {
            references.stream().flatMap(reference -> reference.employmentEndRefusal(id, draft.employmentEnd()).stream())
                    .findFirst().ifPresent(reason -> {
                        throw new ConflictException("employmentEnd", reason);
                    });
        }
        return employees.save(toEmployee(id, draft.version(), draft));
    }

    /** Deletes an employee and their availability, shift requests and limits, unless other records refer to them. */
    @Transactional
    public void delete(long id) {
        get(id);
        List<String> referrers = new ArrayList<>(
                references.stream().flatMap(reference -> reference.toEmployee(id).stream()).toList());
        List<String> signIns = accounts.usernamesLinkedTo(id);
        if (!signIns.isEmpty()) {
            referrers.add("the sign-in account " + String.join(", ", signIns) + " (remove it or link it to another "
                    + "employee first)");
        }
        if (!referrers.isEmpty()) {
            throw new ConflictException("id", "has " + String.join(" and ", referrers));
        }
        employees.deleteById(id);
    }

    private void requireRecordsWithinEmployment(Employee current, EmployeeDraft draft) {
        List<String> outside = references.stream().flatMap(reference -> reference
                .outsideEmployment(current.id(), draft.employmentStart(), draft.employmentEnd()).stream()).toList();
        if (!outside.isEmpty()) {
            boolean startsLater = draft.employmentStart().isAfter(current.employmentStart());
            throw new ConflictException(startsLater ? "employmentStart" : "employmentEnd", "the employee has "
                    + String.join(" and ", outside) + " outside " + draft.employmentStart() + " to "
                    + (draft.employmentEnd() == null ? "open end" : draft.employmentEnd())
                    + "; move or delete them first, or keep the employment covering them");
        }
    }

    private void checkReferencesAndDates(EmployeeDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!contracts.existsById(draft.contractId())) {
            errors.add(new FieldError("contractId", "contract " + draft.contractId() + " does not exist"));
        }
        for (Long skillId : skillIds(draft)) {
            if (!skills.existsById(skillId)) {
                errors.add(new FieldError("skillIds", "skill " + skillId + " does not exist"));
            }
        }
        if (draft.employmentEnd() != null && draft.employmentEnd().isBefore(draft.employmentStart())) {
            errors.add(new FieldError("employmentEnd", "is before employmentStart"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Employee toEmployee(Long id, Long version, EmployeeDraft draft) {
        Set<EmployeeSkill> employeeSkills = skillIds(draft).stream().map(EmployeeSkill::new).collect(Collectors.toSet());
        return new Employee(id, version, draft.payrollNumber(), draft.firstName(), draft.lastName(), draft.email(),
                draft.contractId(), employeeSkills, draft.employmentStart(), draft.employmentEnd());
    }

    private static Set<Long> skillIds(EmployeeDraft draft) {
        return draft.skillIds() == null ? Set.of() : draft.skillIds();
    }
}
