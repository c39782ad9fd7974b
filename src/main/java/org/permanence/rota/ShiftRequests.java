package org.permanence.rota;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.HelplineProperties;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Employees' requests to work or not to work on a date, which the solver tries to grant. */
@Service
public class ShiftRequests {

    private static final String RESOURCE = "Shift request";

    private final ShiftRequestRepository repository;
    private final StaffDirectory staff;
    private final ShiftTemplates templates;
    private final JdbcAggregateTemplate aggregates;
    private final RotaSettings settings;

    ShiftRequests(ShiftRequestRepository repository, StaffDirectory staff, ShiftTemplates templates,
            JdbcAggregateTemplate aggregates, RotaProperties properties, HelplineProperties helpline) {
        this.repository = repository;
        this.staff = staff;
        this.templates = templates;
        this.aggregates = aggregates;
        this.settings = properties.settings(helpline.zone(), Set.of());
    }

    /**
     * Requests matching every given filter (null filters are ignored), dates from..to inclusive; {@code to} before
     * {@code from} is refused (422), not answered with an empty page.
     */
    @Transactional(readOnly = true)
    public Page<EmployeeShiftRequest> search(Long employeeId, LocalDate from, LocalDate to, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Criteria criteria = Criteria.empty();
        if (employeeId != null) {
            criteria = criteria.and("employeeId").is(employeeId);
        }
        if (from != null) {
            criteria = criteria.and("date").greaterThanOrEquals(from);
        }
        if (to != null) {
            criteria = criteria.and("date").lessThanOrEquals(to);
        }
        return aggregates.findAll(Query.query(criteria), EmployeeShiftRequest.class,
                PageRequest.of(page, size, Sort.by("date", "employeeId", "id")));
    }

    /** Every request dated first..last, for planning. */
    @Transactional(readOnly = true)
    public List<EmployeeShiftRequest> between(LocalDate first, LocalDate last) {
        return repository.findBetween(first, last);
    }

    @Transactional(readOnly = true)
    public EmployeeShiftRequest get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @Transactional
    public EmployeeShiftRequest create(ShiftRequestDraft draft) {
        check(null, draft);
        return repository.save(toRequest(null, null, draft));
    }

    @Transactional
    public EmployeeShiftRequest update(long id, ShiftRequestDraft draft) {
        EmployeeShiftRequest current = get(id);
        StaleVersionException.check(RESOURCE, id, draft.version(), current.version());
        check(id, draft);
        return repository.save(toRequest(id, draft.version(), draft));
    }

    @Transactional
    public void delete(long id) {
        repository.delete(get(id));
    }

    private void check(Long id, ShiftRequestDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<StaffMember> employee = staff.employee(draft.employeeId());
        if (employee.isEmpty()) {
            errors.add(new FieldError("employeeId", "employee " + draft.employeeId() + " does not exist"));
        } else if (!employee.get().employedOn(draft.date())) {
            errors.add(new FieldError("date", "employee " + draft.employeeId() + " is not employed on "
                    + draft.date()));
        }
        if (draft.shiftTemplateId() != null) {
            Optional<ShiftTemplate> template = templates.find(draft.shiftTemplateId());
            if (template.isEmpty()) {
                errors.add(new FieldError("shiftTemplateId", "is not a known shift template: "
                        + draft.shiftTemplateId()));
            } else if (employee.isPresent() && !employee.get().skillIds().contains(template.get().skillId())) {
                errors.add(new FieldError("shiftTemplateId", "needs a skill employee " + draft.employeeId()
                        + " does not hold: they could never be planned on it"));
            } else if (employee.isPresent() && draft.kind() == ShiftRequest.Kind.ON
                    && !employee.get().contract().rules().nightWorkAllowed() && settings.isNightShift(
                    template.get().startOn(draft.date(), settings.zone()),
                    template.get().endOn(draft.date(), settings.zone()))) {
                errors.add(new FieldError("shiftTemplateId", "is a night shift and the contract of employee "
                        + draft.employeeId() + " does not allow night work: they could never be planned on it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (repository.existsSameRequest(draft.employeeId(), draft.date(), draft.shiftTemplateId(), id)) {
            throw new ConflictException("date", "the employee already has a request for this date and "
                    + (draft.shiftTemplateId() == null ? "any shift" : "shift template " + draft.shiftTemplateId()));
        }
    }

    private static EmployeeShiftRequest toRequest(Long id, Long version, ShiftRequestDraft draft) {
        return new EmployeeShiftRequest(id, version, draft.employeeId(), draft.date(), draft.shiftTemplateId(),
                draft.kind(), draft.weightOrDefault(), draft.note());
    }
}
