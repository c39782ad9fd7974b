package org.permanence.payroll.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.permanence.payroll.PayrollMonths;
import org.permanence.payroll.PayrollReport;
import org.permanence.payroll.PayrollReports;
import org.permanence.security.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A payroll month ({@code yyyy-MM}): totals, exports, and its confirm / close / reopen life cycle. */
@RestController
@RequestMapping("/api/payroll/{month}")
class PayrollMonthController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private final PayrollReports reports;
    private final PayrollMonths months;

    PayrollMonthController(PayrollReports reports, PayrollMonths months) {
        this.reports = reports;
        this.months = months;
    }

    @GetMapping
    @PreAuthorize(Access.PAYROLL_READ)
    PayrollMonthResponse totals(@PathVariable YearMonth month) {
        return PayrollMonthResponse.of(reports.report(month));
    }

    /**
     * The variable-pay-items CSV, written whole before anything is sent: a failure is then still answered as a
     * problem, never as a cut file a payroll tool would import. A month's CSV is small (about 50 bytes a line).
     */
    @GetMapping("/export.csv")
    @PreAuthorize(Access.PAYROLL_READ)
    void csv(@PathVariable YearMonth month, HttpServletResponse response) throws IOException {
        PayrollReport report = reports.report(month);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        report.writeCsv(file);
        try (OutputStream out = attachment(response, CSV, "payroll-" + month + ".csv")) {
            file.writeTo(out);
        }
    }

    /** The HR workbook, streamed by POI's SXSSF writer. */
    @GetMapping("/export.xlsx")
    @PreAuthorize(Access.PAYROLL_READ)
    void xlsx(@PathVariable YearMonth month, HttpServletResponse response) throws IOException {
        PayrollReport report = reports.report(month);
        try (OutputStream out = attachment(response, XLSX, "payroll-" + month + ".xlsx")) {
            report.writeXlsx(out);
        }
    }

    /** Confirms the month's planned entries: for the whole helpline, or for one team (the holders of a skill). */
    @PostMapping("/confirm")
    @PreAuthorize(Access.PAYROLL_CONFIRM)
    MonthStateResponse confirm(@PathVariable YearMonth month, @RequestParam(required = false) Long skillId) {
        return MonthStateResponse.of(months.confirm(month, skillId));
    }

    @PostMapping("/close")
    @PreAuthorize(Access.PAYROLL_CLOSE)
    MonthStateResponse close(@PathVariable YearMonth month) {
        return MonthStateResponse.of(months.close(month));
    }

    @PostMapping("/reopen")
    @PreAuthorize(Access.PAYROLL_ADMIN)
    MonthStateResponse reopen(@PathVariable YearMonth month, @Valid @RequestBody ReopenRequest request) {
        return MonthStateResponse.of(months.reopen(month, request.reason()));
    }

    private static OutputStream attachment(HttpServletResponse response, String contentType, String filename)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        return response.getOutputStream();
    }
}
