package org.permanence.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.permanence.system.ConflictException;
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
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AvailabilityService {

    private final AvailabilityRepository availabilities;
    private final EmployeeRepository employees;
    private final JdbcAggregateTemplate aggregates;
    private final ZoneId zone;

    AvailabilityService(AvailabilityRepository availabilities, EmployeeRepository employees,
            JdbcAggregateTemplate aggregates, HelplineProperties helpline) {
        this.availabilities = availabilities;
        this.employees = employees;
        this.aggregates = aggregates;
        this.zone = helpline.zone();
    }

    /**
     * Ranges matching every given filter (null filters are ignored) and overlapping [from, to); {@code to} before
     * {@code from} is refused (422), not answered with an empty page.
     */
    @Transactional(readOnly = true)
    public Page<Availability> search(Long employeeId, Instant from, Instant to, AvailabilityKind kind, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Criteria criteria = Criteria.empty();
        if (employeeId != null) {
            criteria = criteria.and("employeeId").is(employeeId);
        }
        if (from != null) {
            criteria = criteria.and("end").greaterThan(from);
        }
        if (to != null) {
            criteria = criteria.and("start").lessThan(to);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind.name());
        }
        return aggregates.findAll(Query.query(criteria), Availability.class,
                PageRequest.of(page, size, Sort.by("start", "employeeId", "id")));
    }

    @Transactional(readOnly = true)
    public Availability get(long id) {
        return availabilities.findById(id).orElseThrow(() -> new NotFoundException("Availability", id));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Availability create(AvailabilityDraft draft) {
        check(null, draft);
        return availabilities.save(toAvailability(null, null, draft));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Availability update(long id, AvailabilityDraft draft) {
        Availability current = get(id);
        StaleVersionException.check("Availability", id, draft.version(), current.version());
        check(id, draft);
        return availabilities.save(toAvailability(id, draft.version(), draft));
    }

    @Transactional
    public void delete(long id) {
        get(id);
        availabilities.deleteById(id);
    }

    private void check(Long id, AvailabilityDraft draft) {
        // Locked first: the overlap check below then sees what others committed and keeps them waiting until done.
        if (employees.lockById(draft.employeeId()) == 0) {
            throw new InvalidRequestException("employeeId", "employee " + draft.employeeId() + " does not exist");
        }
        if (!draft.end().isAfter(draft.start())) {
            throw new InvalidRequestException("end", "must be after start");
        }
        if (draft.kind() == AvailabilityKind.UNAVAILABLE && draft.reason() == null) {
            throw new InvalidRequestException("reason", "is required when kind is UNAVAILABLE");
        }
        if (draft.kind() != AvailabilityKind.UNAVAILABLE && draft.reason() != null) {
            throw new InvalidRequestException("reason", "applies only when kind is UNAVAILABLE");
        }
        checkEmployed(employees.findById(draft.employeeId()).orElseThrow(), draft);
        var overlapping = availabilities.findOverlapping(draft.employeeId(), draft.kind().name(), draft.start(),
                draft.end(), id);
        if (!overlapping.isEmpty()) {
            throw new ConflictException("start", "overlaps " + draft.kind() + " range " + overlapping.get(0).id()
                    + " of the same employee");
        }
    }

    /** Like a time entry, a range lies within the employment, its first and last days taken in the helpline zone. */
    private void checkEmployed(Employee employee, AvailabilityDraft draft) {
        LocalDate firstDay = draft.start().atZone(zone).toLocalDate();
        LocalDate lastDay = draft.end().minusNanos(1).atZone(zone).toLocalDate();
        boolean employed = !firstDay.isBefore(employee.employmentStart())
                && (employee.employmentEnd() == null || !lastDay.isAfter(employee.employmentEnd()));
        if (!employed) {
            throw new InvalidRequestException("employeeId", "employee " + employee.id() + " is not employed from "
                    + firstDay + " to " + lastDay + " (employed from " + employee.employmentStart()
                    + (employee.employmentEnd() == null ? "" : " to " + employee.employmentEnd()) + ")");
        }
    }

    private static Availability toAvailability(Long id, Long version, AvailabilityDraft draft) {
        return new Availability(id, version, draft.employeeId(), draft.start(), draft.end(), draft.kind(),
                draft.reason(), draft.note());
    }
}
