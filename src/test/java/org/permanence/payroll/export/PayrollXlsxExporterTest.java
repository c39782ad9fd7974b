package org.permanence.payroll.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PayrollXlsxExporterTest {

    @Test
    void summarySheetHasOneRowPerEmployeeAndATotalsRow() throws IOException {
        try (XSSFWorkbook workbook = readBack(SampleMonth.march(true, 3))) {
            Sheet summary = workbook.getSheet("Summary PROVISIONAL");
            Row header = summary.getRow(1);

            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .contains("2026-03", "PROVISIONAL", "2026-02-23", "2026-03-29");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("M001");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Léa Martin");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(summary.getLastRowNum()).isEqualTo(4);

            Cell overtime = summary.getRow(2).getCell(column(header, "Overtime +25 % (h)"));
            assertThat(overtime.getNumericCellValue()).isEqualTo(8.0);
            assertThat(overtime.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(summary.getRow(3).getCell(column(header, "Complementary +10 % (h)")).getNumericCellValue())
                    .isEqualTo(2.4);
            assertThat(summary.getRow(4).getCell(column(header, "Normal (h)")).getNumericCellValue()).isEqualTo(59.0);
            assertThat(summary.getRow(4).getCell(column(header, "Contract base (h)")).getNumericCellValue())
                    .isCloseTo(151.6667 + 104.0, org.assertj.core.data.Offset.offset(0.001));
            assertThat(summary.getRow(2).getCell(column(header, "Night shifts")).getNumericCellValue()).isEqualTo(1.0);

            PaneInformation pane = summary.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }

    @Test
    void detailSheetHasOneRowPerPeriodWithItsClassification() throws IOException {
        try (XSSFWorkbook workbook = readBack(SampleMonth.march(true, 3))) {
            Sheet detail = workbook.getSheet("Detail PROVISIONAL");
            Row header = detail.getRow(1);

            // 7 periods for M001 and 4 for M002 below the title and header rows.
            assertThat(detail.getLastRowNum()).isEqualTo(1 + 11);
            Row night = detail.getRow(2 + 5);
            assertThat(night.getCell(0).getStringCellValue()).isEqualTo("M001");
            assertThat(night.getCell(2).getStringCellValue()).isEqualTo("WORKED");
            assertThat(night.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 7, 22, 0));
            assertThat(night.getCell(column(header, "Hours")).getNumericCellValue()).isEqualTo(8.0);
            assertThat(night.getCell(column(header, "Overtime +50 % (h)")).getNumericCellValue()).isEqualTo(8.0);
            assertThat(night.getCell(column(header, "Sunday (h)")).getNumericCellValue()).isEqualTo(6.0);
            assertThat(night.getCell(column(header, "Night (h)")).getNumericCellValue()).isEqualTo(8.0);
            Row leave = detail.getRow(2 + 6);
            assertThat(leave.getCell(2).getStringCellValue()).isEqualTo("PAID_LEAVE");
            assertThat(leave.getCell(column(header, "Hours")).getNumericCellValue()).isEqualTo(7.0);
        }
    }

    @Test
    void finalMonthCarriesNoProvisionalMark() throws IOException {
        try (XSSFWorkbook workbook = readBack(SampleMonth.march(false, 3))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Detail");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .doesNotContain("PROVISIONAL").contains("final");
        }
    }

    private static XSSFWorkbook readBack(PayrollMonth month) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PayrollXlsxExporter().write(month, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int column(Row header, String label) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }
}
