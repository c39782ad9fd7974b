package org.permanence.payroll;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RuleSetRepository extends ListCrudRepository<RuleSet, Long> {

    List<RuleSet> findAllByOrderByName();

    Optional<RuleSet> findFirstByActiveTrue();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    /** The closed months ({@code yyyy-MM}) classified under the rule set, earliest first. */
    @Query("SELECT month FROM payroll_month WHERE closed_rule_set_id = :id ORDER BY month")
    List<String> closedMonthsUsing(long id);

    /** Makes the given rule set the only active one. */
    @Modifying
    @Query("UPDATE payroll_rule_set SET active = (id = :id)")
    void activateOnly(long id);
}
