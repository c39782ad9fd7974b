package org.permanence.system.web;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.permanence.system.FieldError;
import org.permanence.system.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void anUnexpectedErrorIsAProblemThatShowsNoInternals() throws Exception {
        var problem = advice.unexpected(new IllegalArgumentException("Ada has no day 2027-02-01 in this rota"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("Ada");
    }

    @Test
    void aRefusedRoleIsLeftToTheSecurityFilters() {
        var refused = new AccessDeniedException("Access Denied");

        assertThatThrownBy(() -> advice.unexpected(refused)).isSameAs(refused);
    }
}
