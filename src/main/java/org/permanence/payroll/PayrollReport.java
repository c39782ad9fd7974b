package org.permanence.payroll;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.permanence.payroll.export.EmployeeMonth;
import org.permanence.payroll.export.PayrollMonth;
import org.permanence.payroll.export.PayrollXlsxExporter;
import org.permanence.payroll.rules.PayPeriod;

/** A classified month under one rule set, with its state: what HR reads as JSON and exports. */
public record PayrollReport(MonthState state, RuleSet ruleSet, PayPeriod payPeriod, List<EmployeePayroll> employees) {

    public PayrollMonth exportable() {
        return new PayrollMonth(state.month(), ruleSet.rules(), state.provisional(), employees.stream()
                .map(e -> new EmployeeMonth(e.employee().payrollNumber(),
                        e.employee().firstName() + " " + e.employee().lastName(), e.hours()))
                .toList());
    }

    public void writeCsv(OutputStream out) throws IOException {
        ruleSet.csvExporter().write(exportable(), out);
    }

    public void writeXlsx(OutputStream out) throws IOException {
        new PayrollXlsxExporter().write(exportable(), out);
    }
}
