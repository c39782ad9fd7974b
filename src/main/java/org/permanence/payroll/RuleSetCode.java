package org.permanence.payroll;

import org.permanence.payroll.rules.PayItem;
import org.springframework.data.relational.core.mapping.Table;

/** The payroll code (rubrique) one category is exported under. */
@Table("payroll_rule_set_code")
public record RuleSetCode(PayItem payItem, String code) {
}
