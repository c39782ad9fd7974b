package org.permanence.payroll.export;

import org.junit.jupiter.api.Test;
import org.permanence.payroll.rules.PayItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PayrollCsvExporterTest {

    @Test
    void writesOneLinePerEmployeeCodeAndPeriodWithBomAndDecimalComma() throws IOException {
        String csv = new String(csv(PayrollCsvExporter.withDefaults(), SampleMonth.march(true, 1)),
                StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF"
                + "payroll_number;code;period_start;period_end;quantity;status\r\n"
                + "M001;HN;23/02/2026;29/03/2026;35,00;PROVISIONAL\r\n"
                + "M001;HS25;23/02/2026;29/03/2026;8,00;PROVISIONAL\r\n"
                + "M001;HS50;23/02/2026;29/03/2026;10,00;PROVISIONAL\r\n"
                + "M001;HNUIT;23/02/2026;29/03/2026;8,00;PROVISIONAL\r\n"
                + "M001;HDIM;23/02/2026;29/03/2026;6,00;PROVISIONAL\r\n"
                + "M001;ABSCP;23/02/2026;29/03/2026;7,00;PROVISIONAL\r\n"
                + "M001;NBNUIT;23/02/2026;29/03/2026;1;PROVISIONAL\r\n"
                + "M002;HN;23/02/2026;29/03/2026;24,00;PROVISIONAL\r\n"
                + "M002;HC10;23/02/2026;29/03/2026;2,40;PROVISIONAL\r\n"
                + "M002;HC25;23/02/2026;29/03/2026;1,60;PROVISIONAL\r\n");
    }

    @Test
    void startsWithTheUtf8ByteOrderMark() throws IOException {
        byte[] bytes = csv(PayrollCsvExporter.withDefaults(), SampleMonth.march(false, 1));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void sameMonthGivesByteIdenticalFilesWhateverTheInputOrder() throws IOException {
        PayrollCsvExporter exporter = PayrollCsvExporter.withDefaults();
        byte[] first = csv(exporter, SampleMonth.march(false, 1));

        assertThat(csv(exporter, SampleMonth.march(false, 1))).isEqualTo(first);
        for (long seed = 2; seed < 20; seed++) {
            assertThat(csv(exporter, SampleMonth.march(false, seed))).isEqualTo(first);
        }
    }

    @Test
    void finalMonthIsMarkedFinal() throws IOException {
        String csv = new String(csv(PayrollCsvExporter.withDefaults(), SampleMonth.march(false, 1)),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1)).allMatch(line -> line.endsWith(";FINAL")).isNotEmpty();
    }

    @Test
    void decimalSeparatorDateFormatAndCodesAreSettings() throws IOException {
        PayrollCodeMapping overtimeOnly = new PayrollCodeMapping("tool", Map.of(
                PayItem.OVERTIME_FIRST_TIER, "0425", PayItem.COMPLEMENTARY_FIRST_TIER, "0410"));
        PayrollCsvExporter exporter = new PayrollCsvExporter(overtimeOnly, '.', "yyyy-MM-dd");

        String csv = new String(csv(exporter, SampleMonth.march(false, 1)), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1)).containsExactly(
                "M001;0425;2026-02-23;2026-03-29;8.00;FINAL",
                "M002;0410;2026-02-23;2026-03-29;2.40;FINAL");
    }

    private static byte[] csv(PayrollCsvExporter exporter, PayrollMonth month) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(month, out);
        return out.toByteArray();
    }
}
