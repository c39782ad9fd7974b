package org.permanence.payroll.export;

import org.permanence.payroll.rules.MonthlyHours;
import org.permanence.payroll.rules.PayItem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the variable-pay-items CSV payroll tools import: one line per employee x payroll code x period,
 * {@code ;}-separated, UTF-8 with a byte-order mark, CRLF line ends. Zero amounts and categories without a code
 * are left out. Lines are ordered by payroll number then category, so the same month always gives the same bytes.
 */
public final class PayrollCsvExporter {

    public static final String HEADER = "payroll_number;code;period_start;period_end;quantity;status";
    private static final String LINE_END = "\r\n";
    private static final char SEPARATOR = ';';
    /** Day, month and year all differ and the day is above 12, so a pattern that loses one of them shows it. */
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 12, 31);
    private static final Pattern DATE_PATTERN = Pattern.compile("[A-Za-z/.: -]+");

    private final PayrollCodeMapping mapping;
    private final char decimalSeparator;
    private final DateTimeFormatter dateFormat;

    /**
     * @param decimalSeparator ',' (default, French payroll tools) or '.'
     * @param datePattern      e.g. "dd/MM/yyyy" (default) or "yyyy-MM-dd"; one with a {@link #datePatternProblem}
     *                         is refused
     */
    public PayrollCsvExporter(PayrollCodeMapping mapping, char decimalSeparator, String datePattern) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        if (decimalSeparator == SEPARATOR) {
            throw new IllegalArgumentException("the decimal separator cannot be the field separator");
        }
        this.decimalSeparator = decimalSeparator;
        datePatternProblem(datePattern).ifPresent(problem -> {
            throw new IllegalArgumentException("date pattern '" + datePattern + "' " + problem);
        });
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern);
    }

    /**
     * Why a pattern cannot write the pay period's days, or empty when it can: it holds pattern letters and separators
     * only (no quoted text, which could write anything), must format a date (no time fields), give back the same day
     * when read (day, month and year all written) and start with one of them, since a spreadsheet reads a cell
     * starting with {@code -} as a formula.
     */
    public static Optional<String> datePatternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (!DATE_PATTERN.matcher(pattern).matches()) {
            return Optional.of("must hold only pattern letters and the separators / - . : and space (no quoted"
                    + " text), such as dd/MM/yyyy");
        }
        DateTimeFormatter format;
        try {
            format = DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a date pattern such as dd/MM/yyyy: " + e.getMessage());
        }
        String written;
        try {
            written = format.format(SAMPLE_DAY);
        } catch (DateTimeException e) {
            return Optional.of("must format a date: " + e.getMessage());
        }
        if (!Character.isLetterOrDigit(written.charAt(0))) {
            return Optional.of("must start with the day, month or year (it wrote '" + written + "')");
        }
        if (!readsBack(format, written)) {
            return Optional.of("must write the day, month and year (" + SAMPLE_DAY + " gave '" + written + "')");
        }
        return Optional.empty();
    }

    private static boolean readsBack(DateTimeFormatter format, String written) {
        try {
            return LocalDate.parse(written, format).equals(SAMPLE_DAY);
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static PayrollCsvExporter withDefaults() {
        return new PayrollCsvExporter(PayrollCodeMapping.defaults(), ',', "dd/MM/yyyy");
    }

    public void write(PayrollMonth month, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER);
        writer.write(LINE_END);
        String status = month.provisional() ? "PROVISIONAL" : "FINAL";
        for (EmployeeMonth employee : month.employees()) {
            MonthlyHours hours = employee.hours();
            String periodStart = dateFormat.format(hours.payPeriod().firstDay());
            String periodEnd = dateFormat.format(hours.payPeriod().lastDay());
            for (PayItem item : PayItem.values()) {
                long amount = hours.get(item);
                Optional<String> code = mapping.codeFor(item);
                if (amount == 0 || code.isEmpty()) {
                    continue;
                }
                writer.write(field(employee.payrollNumber()));
                writer.write(SEPARATOR);
                writer.write(field(code.get()));
                writer.write(SEPARATOR);
                writer.write(periodStart);
                writer.write(SEPARATOR);
                writer.write(periodEnd);
                writer.write(SEPARATOR);
                writer.write(Quantities.quantity(item, amount).toPlainString().replace('.', decimalSeparator));
                writer.write(SEPARATOR);
                writer.write(status);
                writer.write(LINE_END);
            }
        }
        writer.flush();
    }

    private static String field(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
