package org.permanence.system.web;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.permanence.system.FieldError;
import org.permanence.system.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void duplicateOnANamedUniqueKeyNamesTheField() {
        var problem = advice.duplicate(new DuplicateKeyException("insert failed", new SQLIntegrityConstraintViolationException(
                "(conn=42) Duplicate entry 'M0001' for key 'uq_employee__payroll_number'")));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("errors", List.of(new FieldError("payrollNumber", "is already used")));
    }

    @Test
    void staleVersionTellsTheCurrentVersion() {
        var problem = advice.stale(new StaleVersionException("Employee", 7, 3));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("currentVersion", 3L);
    }
}
