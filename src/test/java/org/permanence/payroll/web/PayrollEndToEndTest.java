package org.permanence.payroll.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.permanence.payroll.rules.PayItem;
import org.permanence.planning.RotaVersions;
import org.permanence.rota.Rota;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Download;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.permanence.payroll.web.PayrollFixtures.absence;

/**
 * May 2026 from published shifts to closed, exported figures (the worked example of docs/payroll.md).
 * Default rule set, Europe/Paris (UTC+2 in May). The pay period of May is the civil weeks ending in May:
 * Monday 27 April to Sunday 31 May.
 * <p>
 * Anne, full-time 35 h (contract base 35 x 52 / 12 = 151.67 h), published shifts (local times):
 * Fri 1 May 08-15 (7 h, 1 May); Mon 4 May 09-17; Tue 5 May 09-17, adjusted to 09-19 (10 h); Wed 6 May 21:00 to
 * Thu 7 May 07:00 (night, 10 h); Fri 8 May 14-22 (8 May holiday, 8 h); Sun 10 May 08-16 (8 h). Then sick on Mon
 * 11 May 09-17 (8 h absence, added by hand).
 * <ul>
 * <li>week of 27 April: 7 h, all normal. Week of 4 May: 8 + 10 + 10 + 8 + 8 = 44 h: 35 normal, 9 overtime, the
 * first 8 at +25 %, 1 at +50 %. Worked 51 h, normal 42 h.</li>
 * <li>night 21-06: 6 May 21-24 (3 h) + 7 May 00-06 (6 h) + 8 May 21-22 (1 h) = 10 h; one night shift (the 9 h
 * stretch; 1 h on 8 May is under the 3 h minimum).</li>
 * <li>Sunday 8 h; public holiday 8 h (8 May; 1 May is apart: 7 h); sickness 8 h.</li>
 * </ul>
 * Bruno, part-time 24 h (base 24 x 52 / 12 = 104 h), Mon 18 to Fri 22 May 09-15: 30 h in the week, 6 h above the
 * contract: complementary within 1/10 of 24 h = 2.4 h at +10 %, the other 3.6 h at +25 % (under the 1/3 cap of
 * 8 h). Normal 24 h.
 */
@IntegrationTest
class PayrollEndToEndTest {

    private static final String MONTH = "/api/payroll/2026-05";

    @Autowired
    TestApi api;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaVersions versions;

    @Test
    void aMonthFromPublishedShiftsToClosedExportsMatchesTheHandComputation() throws IOException {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long callHandling = fixtures.skill();
        long partTimeTeam = fixtures.skill();
        PayrollFixtures.Staff anne = fixtures.employee(fixtures.contract(2100), List.of(callHandling));
        PayrollFixtures.Staff bruno = fixtures.employee(fixtures.contract(1440), List.of(partTimeTeam));
        long early = fixtures.shiftTemplate(callHandling, LocalTime.of(8, 0), 7 * 60);
        long day = fixtures.shiftTemplate(callHandling, LocalTime.of(9, 0), 8 * 60);
        long night = fixtures.shiftTemplate(callHandling, LocalTime.of(21, 0), 10 * 60);
        long late = fixtures.shiftTemplate(callHandling, LocalTime.of(14, 0), 8 * 60);
        long sunday = fixtures.shiftTemplate(callHandling, LocalTime.of(8, 0), 8 * 60);
        long partTime = fixtures.shiftTemplate(partTimeTeam, LocalTime.of(9, 0), 6 * 60);

        Rota rota = rotas.create(PayrollFixtures.unique("May 2026"), LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 5, 31));
        rotas.addShift(rota.id(), anne.id(), early, LocalDate.of(2026, 5, 1));
        rotas.addShift(rota.id(), anne.id(), day, LocalDate.of(2026, 5, 4));
        long tuesday = rotas.addShift(rota.id(), anne.id(), day, LocalDate.of(2026, 5, 5)).id();
        rotas.addShift(rota.id(), anne.id(), night, LocalDate.of(2026, 5, 6));
        rotas.addShift(rota.id(), anne.id(), late, LocalDate.of(2026, 5, 8));
        rotas.addShift(rota.id(), anne.id(), sunday, LocalDate.of(2026, 5, 10));
        for (int date = 18; date <= 22; date++) {
            rotas.addShift(rota.id(), bruno.id(), partTime, LocalDate.of(2026, 5, date));
        }
        rotas.addShift(rota.id(), null, day, LocalDate.of(2026, 5, 12));
        versions.publish(rota.id(), "manager", "May");

        // Import the published shifts, twice: the second run creates nothing.
        ApiResponse imported = api.as(Role.MANAGER).post("/api/time-entries/from-published?month=2026-05", null);
        ApiResponse again = api.as(Role.HR).post("/api/time-entries/from-published?month=2026-05", null);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isGreaterThanOrEqualTo(11);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("alreadyImported").asInt()).isGreaterThanOrEqualTo(11);
        JsonNode anneEntries = entries(anne.id());
        assertThat(anneEntries).hasSize(6);
        assertThat(anneEntries.findValuesAsText("status")).containsOnly("PLANNED");
        assertThat(entries(bruno.id())).hasSize(5);

        // Tuesday ran two hours late; 1 May was worked as planned; Anne was sick on Monday 11 May.
        JsonNode tuesdayEntry = entryOfShift(anneEntries, tuesday);
        Map<String, Object> adjusted = body(tuesdayEntry);
        adjusted.put("end", "2026-05-05T17:00:00Z");
        ApiResponse adjustedResponse = api.as(Role.MANAGER).put("/api/time-entries/" + tuesdayEntry.path("id").asLong(),
                adjusted);
        assertThat(adjustedResponse.status()).as(adjustedResponse.toString()).isEqualTo(200);
        assertThat(adjustedResponse.json().path("status").asText()).isEqualTo("ADJUSTED");
        JsonNode mayDay = anneEntries.get(0);
        ApiResponse asPlanned = api.as(Role.MANAGER).put("/api/time-entries/" + mayDay.path("id").asLong(),
                body(mayDay));
        assertThat(asPlanned.json().path("status").asText()).isEqualTo("CONFIRMED");
        long sick = fixtures.entry(absence(anne.id(), "2026-05-11T07:00:00Z", "2026-05-11T15:00:00Z", "SICKNESS"));

        // An open month is provisional, and cannot be closed while planned entries remain.
        assertThat(csv().get(1)).endsWith(";PROVISIONAL");
        ApiResponse tooEarly = api.as(Role.HR).post(MONTH + "/close", null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.errorFields()).containsExactly("month");

        // Bruno's team confirms first (the month stays open), then the whole helpline.
        ApiResponse teamConfirmed = api.as(Role.MANAGER).post(MONTH + "/confirm?skillId=" + partTimeTeam, null);
        assertThat(teamConfirmed.status()).as(teamConfirmed.toString()).isEqualTo(200);
        assertThat(teamConfirmed.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(entries(bruno.id()).findValuesAsText("status")).containsOnly("CONFIRMED");
        assertThat(entries(anne.id()).findValuesAsText("status")).contains("PLANNED");
        ApiResponse confirmed = api.as(Role.MANAGER).post(MONTH + "/confirm", null);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().path("provisional").asBoolean()).isFalse();

        ApiResponse closed = api.as(Role.HR).post(MONTH + "/close", null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");

        // JSON totals, in minutes.
        ApiResponse totals = api.as(Role.HR).get(MONTH);
        assertThat(totals.status()).isEqualTo(200);
        assertThat(totals.json().path("payPeriodFirstDay").asText()).isEqualTo("2026-04-27");
        assertThat(totals.json().path("payPeriodLastDay").asText()).isEqualTo("2026-05-31");
        assertThat(totals.json().path("provisional").asBoolean()).isFalse();
        JsonNode anneTotals = employeeTotals(totals, anne.id());
        assertThat(minutes(anneTotals)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("CONTRACT_BASE", 9100L), Map.entry("WORKED", 51 * 60L), Map.entry("NORMAL", 42 * 60L),
                Map.entry("OVERTIME_FIRST_TIER", 8 * 60L), Map.entry("OVERTIME_SECOND_TIER", 60L),
                Map.entry("COMPLEMENTARY_FIRST_TIER", 0L), Map.entry("COMPLEMENTARY_SECOND_TIER", 0L),
                Map.entry("PART_TIME_EXCESS", 0L), Map.entry("NIGHT", 10 * 60L), Map.entry("SUNDAY", 8 * 60L),
                Map.entry("PUBLIC_HOLIDAY", 8 * 60L), Map.entry("MAY_DAY", 7 * 60L),
                Map.entry("ABSENCE_SICKNESS", 8 * 60L), Map.entry("ABSENCE_PAID_LEAVE", 0L)));
        assertThat(anneTotals.path("nightShifts").asLong()).isEqualTo(1);
        JsonNode brunoTotals = employeeTotals(totals, bruno.id());
        assertThat(minutes(brunoTotals)).containsAllEntriesOf(Map.of(
                "CONTRACT_BASE", 6240L, "WORKED", 30 * 60L, "NORMAL", 24 * 60L,
                "COMPLEMENTARY_FIRST_TIER", 144L, "COMPLEMENTARY_SECOND_TIER", 0L, "OVERTIME_FIRST_TIER", 0L,
                "PART_TIME_EXCESS", 216L, "NIGHT", 0L));

        // CSV: the same figures as variable pay items, final, and byte-identical when downloaded again.
        Download first = api.as(Role.HR).download(MONTH + "/export.csv");
        Download second = api.as(Role.ADMIN).download(MONTH + "/export.csv");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(first.contentDisposition()).isEqualTo("attachment; filename=\"payroll-2026-05.csv\"");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(first.body());
        String period = ";27/04/2026;31/05/2026;";
        assertThat(lines).filteredOn(line -> line.startsWith(anne.payrollNumber() + ";")).containsExactly(
                anne.payrollNumber() + ";HN" + period + "42,00;FINAL",
                anne.payrollNumber() + ";HS25" + period + "8,00;FINAL",
                anne.payrollNumber() + ";HS50" + period + "1,00;FINAL",
                anne.payrollNumber() + ";HNUIT" + period + "10,00;FINAL",
                anne.payrollNumber() + ";HDIM" + period + "8,00;FINAL",
                anne.payrollNumber() + ";HFER" + period + "8,00;FINAL",
                anne.payrollNumber() + ";H1MAI" + period + "7,00;FINAL",
                anne.payrollNumber() + ";ABSMAL" + period + "8,00;FINAL",
                anne.payrollNumber() + ";NBNUIT" + period + "1;FINAL");
        assertThat(lines).filteredOn(line -> line.startsWith(bruno.payrollNumber() + ";")).containsExactly(
                bruno.payrollNumber() + ";HN" + period + "24,00;FINAL",
                bruno.payrollNumber() + ";HC10" + period + "2,40;FINAL",
                bruno.payrollNumber() + ";HCDEP" + period + "3,60;FINAL");

        // XLSX read back with POI: the summary row and a detail row of the absence.
        Download xlsx = api.as(Role.HR).download(MONTH + "/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(PayrollMonthController.XLSX);
        assertThat(xlsx.contentDisposition()).isEqualTo("attachment; filename=\"payroll-2026-05.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary).as("a final month's sheet is not marked provisional").isNotNull();
            Row anneRow = rowOf(summary, anne.payrollNumber());
            assertThat(cell(anneRow, PayItem.CONTRACT_BASE)).isCloseTo(151.67, within(0.005));
            assertThat(cell(anneRow, PayItem.WORKED)).isEqualTo(51.0);
            assertThat(cell(anneRow, PayItem.NORMAL)).isEqualTo(42.0);
            assertThat(cell(anneRow, PayItem.OVERTIME_FIRST_TIER)).isEqualTo(8.0);
            assertThat(cell(anneRow, PayItem.OVERTIME_SECOND_TIER)).isEqualTo(1.0);
            assertThat(cell(anneRow, PayItem.NIGHT)).isEqualTo(10.0);
            assertThat(cell(anneRow, PayItem.SUNDAY)).isEqualTo(8.0);
            assertThat(cell(anneRow, PayItem.PUBLIC_HOLIDAY)).isEqualTo(8.0);
            assertThat(cell(anneRow, PayItem.MAY_DAY)).isEqualTo(7.0);
            assertThat(cell(anneRow, PayItem.ABSENCE_SICKNESS)).isEqualTo(8.0);
            assertThat(cell(anneRow, PayItem.NIGHT_SHIFTS)).isEqualTo(1.0);
            Row brunoRow = rowOf(summary, bruno.payrollNumber());
            assertThat(cell(brunoRow, PayItem.COMPLEMENTARY_FIRST_TIER)).isCloseTo(2.4, within(1e-9));
            assertThat(cell(brunoRow, PayItem.PART_TIME_EXCESS)).isCloseTo(3.6, within(1e-9));
            List<String> anneDetailKinds = new ArrayList<>();
            for (Row row : workbook.getSheet("Detail")) {
                if (row.getRowNum() > 1 && anne.payrollNumber().equals(row.getCell(0).getStringCellValue())) {
                    anneDetailKinds.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(anneDetailKinds).contains("WORKED", "SICKNESS").doesNotContain("PAID_LEAVE");
        }

        // A closed month's entries are frozen.
        Map<String, Object> later = body(entries(anne.id()).get(1));
        later.put("end", "2026-05-04T14:00:00Z"); // Monday 4 May ended an hour early: 43 h that week
        ApiResponse frozen = api.as(Role.MANAGER).put("/api/time-entries/" + entries(anne.id()).get(1).path("id")
                .asLong(), later);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.errorFields()).containsExactly("month");
        assertThat(frozen.json().path("detail").asText()).contains("2026-05");
        assertThat(api.as(Role.ADMIN).delete("/api/time-entries/" + sick).status()).isEqualTo(409);
        assertThat(api.as(Role.HR).post("/api/time-entries",
                absence(anne.id(), "2026-05-12T07:00:00Z", "2026-05-12T15:00:00Z", "PAID_LEAVE")).status())
                .isEqualTo(409);

        // Only an ADMIN reopens, with a reason, and the audit trail says who, when and why.
        assertThat(api.as(Role.HR).post(MONTH + "/reopen", Map.of("reason", "late sick note")).status())
                .isEqualTo(403);
        assertThat(api.as(Role.ADMIN).post(MONTH + "/reopen", Map.of()).errorFields()).containsExactly("reason");
        ApiResponse reopened = api.as(Role.ADMIN).post(MONTH + "/reopen", Map.of("reason", "late sick note"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().path("status").asText()).isEqualTo("OPEN");
        JsonNode events = api.as(Role.HR).get(MONTH).json().path("events");
        assertThat(events.findValuesAsText("action")).containsExactly("CONFIRMED", "CONFIRMED", "CLOSED", "REOPENED");
        JsonNode reopening = events.get(3);
        assertThat(reopening.path("actor").asText()).isEqualTo("test-admin");
        assertThat(reopening.path("reason").asText()).isEqualTo("late sick note");
        assertThat(reopening.path("at").asText()).isNotBlank();
        assertThat(events.get(0).path("skillId").asLong()).isEqualTo(partTimeTeam);
        assertThat(events.get(1).path("actor").asText()).isEqualTo("test-manager");

        ApiResponse editedAfterReopening = api.as(Role.MANAGER).put("/api/time-entries/"
                + entries(anne.id()).get(1).path("id").asLong(), later);
        assertThat(editedAfterReopening.status()).as(editedAfterReopening.toString()).isEqualTo(200);
        assertThat(csv()).filteredOn(line -> line.startsWith(anne.payrollNumber() + ";HS"))
                .containsExactly(anne.payrollNumber() + ";HS25" + period + "8,00;PROVISIONAL");
    }

    private JsonNode entries(long employeeId) {
        ApiResponse response = api.as(Role.HR).get("/api/time-entries?employeeId=" + employeeId + "&month=2026-05");
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("items");
    }

    private static JsonNode entryOfShift(JsonNode entries, long shiftId) {
        for (JsonNode entry : entries) {
            if (entry.path("publishedShiftId").asLong() == shiftId) {
                return entry;
            }
        }
        throw new AssertionError("no entry for shift " + shiftId + " in " + entries);
    }

    private static Map<String, Object> body(JsonNode entry) {
        Map<String, Object> body = new HashMap<>(Map.of("employeeId", entry.path("employeeId").asLong(),
                "start", entry.path("start").asText(), "end", entry.path("end").asText(),
                "kind", entry.path("kind").asText(), "version", entry.path("version").asLong()));
        if (!entry.path("absenceKind").isNull()) {
            body.put("absenceKind", entry.path("absenceKind").asText());
        }
        return body;
    }

    private List<String> csv() {
        Download download = api.as(Role.HR).download(MONTH + "/export.csv");
        assertThat(download.status()).isEqualTo(200);
        return lines(download.body());
    }

    private static List<String> lines(byte[] body) {
        return List.of(new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
    }

    private static JsonNode employeeTotals(ApiResponse totals, long employeeId) {
        for (JsonNode employee : totals.json().path("employees")) {
            if (employee.path("employeeId").asLong() == employeeId) {
                return employee;
            }
        }
        throw new AssertionError("employee " + employeeId + " missing from " + totals);
    }

    private static Map<String, Long> minutes(JsonNode employee) {
        Map<String, Long> minutes = new HashMap<>();
        employee.path("minutes").fields().forEachRemaining(field -> minutes.put(field.getKey(), field.getValue().asLong()));
        return minutes;
    }

    private static Row rowOf(Sheet sheet, String payrollNumber) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && payrollNumber.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + payrollNumber);
    }

    private static double cell(Row row, PayItem item) {
        return row.getCell(2 + item.ordinal()).getNumericCellValue();
    }
}
