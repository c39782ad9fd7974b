package org.permanence.payroll;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.permanence.payroll.rules.EmploymentContract;
import org.permanence.payroll.rules.HourClassifier;
import org.permanence.payroll.rules.PayPeriod;
import org.permanence.payroll.rules.TimePeriod;
import org.permanence.system.HelplineProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies a month: every employee employed during its pay period, with their time entries of the whole civil
 * weeks the classification reads.
 */
@Service
public class PayrollReports {

    private final RuleSets ruleSets;
    private final PayrollMonths months;
    private final TimeEntryRepository entries;
    private final ZoneId zone;

    PayrollReports(RuleSets ruleSets, PayrollMonths months, TimeEntryRepository entries,
            HelplineProperties helpline) {
        this.ruleSets = ruleSets;
        this.months = months;
        this.entries = entries;
        this.zone = helpline.zone();
    }

    /**
     * The month classified under the active rule set for everyone employed during its pay period; a closed month
     * under the rule set and with the employees and contract hours it was closed with.
     */
    @Transactional(readOnly = true)
    public PayrollReport report(YearMonth month) {
        Optional<PayrollMonths.ClosedInputs> closed = months.closedInputs(month);
        RuleSet ruleSet = closed.map(inputs -> ruleSets.get(inputs.ruleSetId())).orElseGet(ruleSets::active);
        HourClassifier classifier = new HourClassifier(ruleSet.rules(), zone);
        PayPeriod payPeriod = classifier.payPeriod(month);
        HourClassifier.TimeWindow window = classifier.inputWindowWithLeavers(month);
        Map<Long, List<TimePeriod>> periodsByEmployee = entries.findOverlapping(window.start(), window.end()).stream()
                .collect(Collectors.groupingBy(TimeEntry::employeeId,
                        Collectors.mapping(TimeEntry::period, Collectors.toList())));
        List<PayrollEmployee> payees = closed.map(PayrollMonths.ClosedInputs::employees)
                .orElseGet(() -> months.payees(month, classifier));
        List<EmployeePayroll> employees = new ArrayList<>();
        for (PayrollEmployee payee : payees) {
            EmploymentContract contract = new EmploymentContract(payee.contractWeeklyMinutes());
            employees.add(new EmployeePayroll(payee, classifier.classify(contract, month, payee.employmentEnd(),
                    periodsByEmployee.getOrDefault(payee.id(), List.of()))));
        }
        return new PayrollReport(months.state(month), ruleSet, payPeriod, employees);
    }
}
