package org.permanence.payroll.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.PayPeriod;
import org.permanence.payroll.rules.PeriodClassification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the HR workbook with POI's streaming writer (bounded memory whatever the month's size): a summary sheet
 * with one row per employee and one column per category plus a totals row, and a detail sheet with one row per
 * worked or absent period, its zero categories left blank so what applies stands out. Both sheets start with a
 * title row that says PROVISIONAL for an unconfirmed month.
 */
public final class PayrollXlsxExporter {

    public static final String SUMMARY_SHEET = "Summary";
    public static final String DETAIL_SHEET = "Detail";
    public static final String PROVISIONAL_MARK = "PROVISIONAL";

    /** Categories shown per detail row; the others are monthly only. */
    private static final List<PayItem> DETAIL_ITEMS = List.of(
            PayItem.NORMAL, PayItem.OVERTIME_FIRST_TIER, PayItem.OVERTIME_SECOND_TIER,
            PayItem.COMPLEMENTARY_FIRST_TIER, PayItem.COMPLEMENTARY_SECOND_TIER, PayItem.PART_TIME_EXCESS,
            PayItem.NIGHT, PayItem.SUNDAY, PayItem.PUBLIC_HOLIDAY, PayItem.MAY_DAY);
    private static final int ROWS_KEPT_IN_MEMORY = 100;

    public void write(PayrollMonth month, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_KEPT_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            writeSummary(month, workbook.createSheet(sheetName(SUMMARY_SHEET, month)), styles);
            writeDetail(month, workbook.createSheet(sheetName(DETAIL_SHEET, month)), styles);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    public static String sheetName(String base, PayrollMonth month) {
        return month.provisional() ? base + " " + PROVISIONAL_MARK : base;
    }

    private static void writeSummary(PayrollMonth month, Sheet sheet, Styles styles) {
        PayItem[] items = PayItem.values();
        title(sheet, month, styles, "Payroll summary");
        Row header = sheet.createRow(1);
        text(header, 0, "Payroll number", styles.header);
        text(header, 1, "Name", styles.header);
        for (int i = 0; i < items.length; i++) {
            text(header, 2 + i, PayItemLabels.label(items[i], month.rules()), styles.header);
            sheet.setColumnWidth(2 + i, 14 * 256);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.createFreezePane(2, 2);

        long[] totals = new long[items.length];
        int rowIndex = 2;
        for (EmployeeMonth employee : month.employees()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, employee.payrollNumber(), null);
            text(row, 1, employee.fullName(), null);
            for (int i = 0; i < items.length; i++) {
                long amount = employee.hours().get(items[i]);
                totals[i] += amount;
                number(row, 2 + i, items[i], amount, styles);
            }
        }
        Row totalRow = sheet.createRow(rowIndex);
        text(totalRow, 0, "Total", styles.header);
        for (int i = 0; i < items.length; i++) {
            number(totalRow, 2 + i, items[i], totals[i], styles);
        }
    }

    private static void writeDetail(PayrollMonth month, Sheet sheet, Styles styles) {
        title(sheet, month, styles, "Payroll detail");
        Row header = sheet.createRow(1);
        String[] fixed = {"Payroll number", "Name", "Kind", "Start", "End", "Week of", "Hours"};
        for (int i = 0; i < fixed.length; i++) {
            text(header, i, fixed[i], styles.header);
        }
        for (int i = 0; i < DETAIL_ITEMS.size(); i++) {
            text(header, fixed.length + i, PayItemLabels.label(DETAIL_ITEMS.get(i), month.rules()), styles.header);
        }
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(3, 17 * 256);
        sheet.setColumnWidth(4, 17 * 256);
        sheet.setColumnWidth(5, 12 * 256);
        sheet.createFreezePane(2, 2);

        int rowIndex = 2;
        for (EmployeeMonth employee : month.employees()) {
            for (PeriodClassification period : employee.hours().details()) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, employee.payrollNumber(), null);
                text(row, 1, employee.fullName(), null);
                text(row, 2, period.kind().name(), null);
                dateTime(row, 3, period.start().toLocalDateTime(), styles.dateTime);
                dateTime(row, 4, period.end().toLocalDateTime(), styles.dateTime);
                Cell week = row.createCell(5);
                week.setCellValue(period.weekStart());
                week.setCellStyle(styles.date);
                PayItem timeItem = period.kind().isAbsence() ? PayItem.absence(period.kind()) : PayItem.WORKED;
                number(row, 6, timeItem, period.amounts().get(timeItem), styles);
                for (int i = 0; i < DETAIL_ITEMS.size(); i++) {
                    PayItem item = DETAIL_ITEMS.get(i);
                    long amount = period.amounts().get(item);
                    if (amount != 0) {
                        number(row, fixed.length + i, item, amount, styles);
                    }
                }
            }
        }
    }

    private static void title(Sheet sheet, PayrollMonth month, Styles styles, String what) {
        StringBuilder title = new StringBuilder(what).append(' ').append(month.month());
        if (!month.employees().isEmpty()) {
            PayPeriod payPeriod = month.employees().get(0).hours().payPeriod();
            title.append(" (days ").append(payPeriod.firstDay()).append(" to ").append(payPeriod.lastDay()).append(')');
        }
        title.append(" - rule set ").append(month.rules().name());
        title.append(month.provisional() ? " - " + PROVISIONAL_MARK + ": month not confirmed" : " - final");
        text(sheet.createRow(0), 0, title.toString(), styles.title);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, PayItem item, long amount, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Quantities.cellValue(item, amount));
        cell.setCellStyle(item.unit() == PayItem.Unit.COUNT ? styles.count : styles.hours);
    }

    private static void dateTime(Row row, int column, LocalDateTime value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle hours;
        final CellStyle count;
        final CellStyle dateTime;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var formats = workbook.createDataFormat();
            hours = workbook.createCellStyle();
            hours.setDataFormat(formats.getFormat("0.00"));
            count = workbook.createCellStyle();
            count.setDataFormat(formats.getFormat("0"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        }
    }
}
