package org.permanence.rota;

import org.permanence.demand.ShiftTemplates;
import org.permanence.staff.StaffDirectory;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-employee maxima of shifts of a template over a rota period (no row: no maximum). A maximum of 0 keeps the
 * template out of the employee's rota.
 */
@Service
public class EmployeeTemplateLimits {

    /** At most {@code maxPerPeriod} shifts of the template in one rota period. */
    public record TemplateLimit(Long shiftTemplateId, Integer maxPerPeriod) {
    }

    /** An employee's whole list, with the version a replacement must name. */
    public record Limits(long version, List<TemplateLimit> limits) {
    }


    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ShiftTemplates templates;
    private final ListVersion versions;

    EmployeeTemplateLimits(JdbcClient jdbc, StaffDirectory staff, ShiftTemplates templates) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.templates = templates;
        this.versions = new ListVersion(jdbc, "employee_template_limit_set", "employee_id", "Shift limits of employee");
    }

    @Transactional(readOnly = true)
    public Limits of(long employeeId) {
        checkEmployee(employeeId);
        long version = versions.current(employeeId);
        List<TemplateLimit> limits = jdbc.sql("SELECT shift_template_id, max_per_period FROM employee_template_limit "
                        + "WHERE employee_id = ? ORDER BY shift_template_id")
                .param(employeeId)
                .query((rs, row) -> new TemplateLimit(rs.getLong(1), rs.getInt(2)))
                .list();
        return new Limits(version, limits);
    }

    /**
     * Replaces all limits of the employee; each entry names a known template, once, with a maximum of 0 or more.
     * {@code expectedVersion} is the version read: missing is a 422, an older one a 409.
     */
    @Transactional
    public Limits replace(long employeeId, Long expectedVersion, List<TemplateLimit> limits) {
        checkEmployee(employeeId);
        versions.claim(employeeId, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < limits.size(); i++) {
            TemplateLimit limit = limits.get(i);
            if (limit == null || limit.shiftTemplateId() == null) {
                errors.add(new FieldError("limits[" + i + "].shiftTemplateId", "is required"));
            } else if (templates.find(limit.shiftTemplateId()).isEmpty()) {
                errors.add(new FieldError("limits[" + i + "].shiftTemplateId",
                        "is not a known shift template: " + limit.shiftTemplateId()));
            } else if (!seen.add(limit.shiftTemplateId())) {
                errors.add(new FieldError("limits[" + i + "].shiftTemplateId",
                        "shift template " + limit.shiftTemplateId() + " is listed twice"));
            }
            if (limit != null && (limit.maxPerPeriod() == null || limit.maxPerPeriod() < 0)) {
                errors.add(new FieldError("limits[" + i + "].maxPerPeriod", "must be 0 or more"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        jdbc.sql("DELETE FROM employee_template_limit WHERE employee_id = ?").param(employeeId).update();
        for (TemplateLimit limit : limits) {
            jdbc.sql("INSERT INTO employee_template_limit (employee_id, shift_template_id, max_per_period) "
                            + "VALUES (?, ?, ?)")
                    .params(employeeId, limit.shiftTemplateId(), limit.maxPerPeriod()).update();
        }
        return of(employeeId);
    }

    /** Every stored limit: employee id → shift template id → maximum per period. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Integer>> byEmployee() {
        Map<Long, Map<Long, Integer>> limits = new HashMap<>();
        jdbc.sql("SELECT employee_id, shift_template_id, max_per_period FROM employee_template_limit")
                .query(rs -> {
                    limits.computeIfAbsent(rs.getLong(1), employee -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        return limits;
    }

    private void checkEmployee(long employeeId) {
        if (staff.employee(employeeId).isEmpty()) {
            throw new NotFoundException("Employee", employeeId);
        }
    }
}
