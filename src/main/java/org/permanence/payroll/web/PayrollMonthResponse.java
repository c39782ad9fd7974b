package org.permanence.payroll.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.permanence.payroll.EmployeePayroll;
import org.permanence.payroll.MonthEvent;
import org.permanence.payroll.MonthStatus;
import org.permanence.payroll.PayrollReport;
import org.permanence.payroll.rules.PayItem;

/**
 * A classified month: its state and audit trail, and per employee (in payroll-number order) the minutes of every
 * hour category, the number of night shifts and the last day reported for them (the month's, or a leaver's last day
 * when their last week is reported in the month they leave).
 */
record PayrollMonthResponse(
        YearMonth month,
        MonthStatus status,
        boolean provisional,
        String ruleSet,
        LocalDate payPeriodFirstDay,
        LocalDate payPeriodLastDay,
        List<MonthEvent> events,
        List<EmployeeTotals> employees) {

    record EmployeeTotals(long employeeId, String payrollNumber, String name, Map<PayItem, Long> minutes,
            long nightShifts, LocalDate payPeriodLastDay) {

        static EmployeeTotals of(EmployeePayroll payroll) {
            Map<PayItem, Long> minutes = new EnumMap<>(PayItem.class);
            for (PayItem item : PayItem.values()) {
                if (item.unit() == PayItem.Unit.MINUTES) {
                    minutes.put(item, payroll.hours().get(item));
                }
            }
            return new EmployeeTotals(payroll.employee().id(), payroll.employee().payrollNumber(),
                    payroll.employee().firstName() + " " + payroll.employee().lastName(), minutes,
                    payroll.hours().get(PayItem.NIGHT_SHIFTS), payroll.hours().payPeriod().lastDay());
        }
    }

    static PayrollMonthResponse of(PayrollReport report) {
        return new PayrollMonthResponse(report.state().month(), report.state().status(), report.state().provisional(),
                report.ruleSet().name(), report.payPeriod().firstDay(), report.payPeriod().lastDay(),
                report.state().events(),
                report.employees().stream()
                        .sorted(Comparator.comparing((EmployeePayroll e) -> e.employee().payrollNumber()))
                        .map(EmployeeTotals::of).toList());
    }
}
