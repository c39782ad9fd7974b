package org.permanence.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.permanence.calendar.HolidayCalendar;
import org.permanence.calendar.PublicHolidays;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PublishedShifts;
import org.permanence.support.ApiResponse;
import org.permanence.support.Download;
import org.permanence.support.IsolatedIntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo helpline's month end to end, as on a first {@code ./mvnw spring-boot:run} (in a database of its own): the
 * planner solves the rota over REST, the manager publishes it, the published shifts become time entries, the month is
 * confirmed and closed, and HR's JSON, CSV and XLSX figures match a count made apart from the payroll rules: every
 * minute of every published shift walked one by one in Europe/Paris.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.demo.enabled=true")
class DemoMonthTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    TestApi api;
    @Autowired
    PublishedShifts publishedShifts;

    @Test
    void theDemoMonthIsSolvedPublishedConfirmedClosedAndExported() throws IOException {
        TestApi.Client planner = api.as("planner", DemoHelpline.USERS.get("planner"));
        TestApi.Client manager = api.as("manager", DemoHelpline.USERS.get("manager"));
        TestApi.Client hr = api.as("hr", DemoHelpline.USERS.get("hr"));
        JsonNode drafts = planner.get("/api/rotas?status=DRAFT").json().path("items");
        assertThat(drafts).hasSize(1);
        long rotaId = drafts.get(0).path("id").asLong();
        YearMonth month = YearMonth.from(LocalDate.parse(drafts.get(0).path("firstDate").asText()));

        // Solve: the staff suffice for every need (docs/demo.md), so no legal breach and the needs covered.
        ApiResponse started = planner.post("/api/rotas/" + rotaId + "/solve",
                Map.of("spentLimitSeconds", 25, "unimprovedLimitSeconds", 10));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("warnings")).isEmpty();
        JsonNode finished = manager.awaitSolveEnd(rotaId);
        assertThat(finished.path("bestScore").asText()).startsWith("0hard/");
        JsonNode analysis = manager.get("/api/rotas/" + rotaId + "/analysis").json();
        assertThat(analysis.path("feasible").asBoolean()).isTrue();
        assertThat(analysis.path("coverage").path("percent").asDouble()).isGreaterThanOrEqualTo(99.0);

        long weekendTemplate = -1;
        for (JsonNode template : planner.get("/api/shift-templates?size=500").json().path("items")) {
            weekendTemplate = template.path("code").asText().equals("FL-W") ? template.path("id").asLong()
                    : weekendTemplate;
        }
        long weekendTemplateId = weekendTemplate;
        assertThat(planner.get("/api/rotas/" + rotaId + "/shifts").json()).as("the first-line weekend shift")
                .filteredOn(shift -> shift.path("shiftTemplateId").asLong() == weekendTemplateId).isNotEmpty()
                .allSatisfy(shift -> assertThat(LocalDate.parse(shift.path("date").asText()).getDayOfWeek())
                        .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

        // Publish, import the published shifts as time entries, confirm and close the month.
        ApiResponse published = manager.post("/api/rotas/" + rotaId + "/publish", Map.of("comment", "demo month"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String payroll = "/api/payroll/" + month;
        assertThat(manager.post("/api/time-entries/from-published?month=" + month, null).status()).isEqualTo(200);
        assertThat(manager.post(payroll + "/confirm", null).status()).isEqualTo(200);
        ApiResponse closed = hr.post(payroll + "/close", null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        JsonNode totals = hr.get(payroll).json();
        LocalDate firstDay = LocalDate.parse(totals.path("payPeriodFirstDay").asText());
        LocalDate lastDay = LocalDate.parse(totals.path("payPeriodLastDay").asText());
        Map<Long, MinuteCount> expected = countMinutes(firstDay, lastDay);
        assertThat(expected).as("the demo month has night, Sunday and holiday work to check").isNotEmpty();
        assertThat(expected.values().stream().mapToLong(count -> count.night).sum()).isPositive();
        assertThat(expected.values().stream().mapToLong(count -> count.sunday).sum()).isPositive();
        Map<Long, JsonNode> byEmployee = new HashMap<>();
        totals.path("employees").forEach(employee -> byEmployee.put(employee.path("employeeId").asLong(), employee));
        expected.forEach((employeeId, count) -> {
            JsonNode minutes = byEmployee.get(employeeId).path("minutes");
            assertThat(minutes.path("WORKED").asLong()).as("worked minutes of %d", employeeId).isEqualTo(count.worked);
            assertThat(minutes.path("NIGHT").asLong()).as("night minutes of %d", employeeId).isEqualTo(count.night);
            assertThat(minutes.path("SUNDAY").asLong()).as("Sunday minutes of %d", employeeId).isEqualTo(count.sunday);
            assertThat(minutes.path("PUBLIC_HOLIDAY").asLong() + minutes.path("MAY_DAY").asLong())
                    .as("holiday minutes of %d", employeeId).isEqualTo(count.holiday);
            assertThat(minutes.path("NORMAL").asLong() + minutes.path("OVERTIME_FIRST_TIER").asLong()
                    + minutes.path("OVERTIME_SECOND_TIER").asLong() + minutes.path("COMPLEMENTARY_FIRST_TIER").asLong()
                    + minutes.path("COMPLEMENTARY_SECOND_TIER").asLong() + minutes.path("PART_TIME_EXCESS").asLong())
                    .as("categories of %d add up to the worked time", employeeId).isEqualTo(count.worked);
            assertThat(minutes.path("PART_TIME_EXCESS").asLong())
                    .as("the solver keeps part-timers' complementary hours within the law (%d)", employeeId).isZero();
        });

        // The files carry the same figures: the night hours of the employee with the most night work.
        long sample = expected.entrySet().stream().max(Map.Entry.comparingByValue(
                (a, b) -> Long.compare(a.night, b.night))).orElseThrow().getKey();
        String payrollNumber = byEmployee.get(sample).path("payrollNumber").asText();
        String nightHours = String.format(Locale.FRANCE, "%.2f", expected.get(sample).night / 60.0);
        Download csv = hr.download(payroll + "/export.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines())
                .anyMatch(line -> line.startsWith(payrollNumber + ";HNUIT;") && line.endsWith(";" + nightHours + ";FINAL"));
        Download xlsx = hr.download(payroll + "/export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheet("Summary");
            int nightColumn = columnOf(summary.getRow(1), "Night (h)");
            Row row = rowOf(summary, payrollNumber);
            assertThat(row.getCell(nightColumn).getNumericCellValue()).isEqualTo(expected.get(sample).night / 60.0);
        }
    }

    @Test
    void aSickCallAfterPublishingIsRepairedWithOnlyTheChangesItForces() {
        TestApi.Client planner = api.as("planner", DemoHelpline.USERS.get("planner"));
        TestApi.Client manager = api.as("manager", DemoHelpline.USERS.get("manager"));
        long rotaId = planner.get("/api/rotas").json().path("items").get(0).path("id").asLong();
        LocalDate first = LocalDate.parse(planner.get("/api/rotas/" + rotaId).json().path("firstDate").asText());
        if (planner.get("/api/rotas/" + rotaId + "/versions").json().isEmpty()) {
            planner.post("/api/rotas/" + rotaId + "/solve", Map.of("spentLimitSeconds", 10,
                    "unimprovedLimitSeconds", 5));
            manager.awaitSolveEnd(rotaId);
            assertThat(manager.post("/api/rotas/" + rotaId + "/publish", Map.of("comment", "demo month")).status())
                    .isEqualTo(201);
        }
        LocalDate sickDay = first.plusDays(14);
        long sick = publishedShifts.startingBetween(sickDay.atStartOfDay(PARIS).toInstant(),
                sickDay.plusDays(1).atStartOfDay(PARIS).toInstant()).get(0).employeeId();
        ApiResponse sickness = manager.post("/api/availability", Map.of("employeeId", sick,
                "start", sickDay.atStartOfDay(PARIS).toInstant().toString(),
                "end", sickDay.plusDays(2).atStartOfDay(PARIS).toInstant().toString(),
                "kind", "UNAVAILABLE", "reason", "SICKNESS"));
        assertThat(sickness.status()).as(sickness.toString()).isEqualTo(201);

        ApiResponse repair = manager.post("/api/rotas/" + rotaId + "/repair", null);

        assertThat(repair.status()).as(repair.toString()).isEqualTo(200);
        assertThat(repair.json().path("score").asText()).startsWith("0hard/");
        // The sick person's one or two shifts go and others take them; quality alone moves nobody.
        assertThat(repair.json().path("changedAssignments")).as(repair.toString()).hasSizeBetween(1, 12);
    }

    /** Per employee, minutes of their published shifts inside the pay period, counted one minute at a time. */
    private Map<Long, MinuteCount> countMinutes(LocalDate firstDay, LocalDate lastDay) {
        Instant from = firstDay.atStartOfDay(PARIS).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(PARIS).toInstant();
        Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            holidays.addAll(PublicHolidays.of(year, HolidayCalendar.national()).keySet());
        }
        Map<Long, MinuteCount> counts = new HashMap<>();
        List<PublishedShift> shifts = publishedShifts.startingBetween(from.minusSeconds(86_400), to);
        for (PublishedShift shift : shifts) {
            MinuteCount count = counts.computeIfAbsent(shift.employeeId(), id -> new MinuteCount());
            for (Instant minute = shift.startsAt(); minute.isBefore(shift.endsAt()); minute = minute.plusSeconds(60)) {
                if (minute.isBefore(from) || !minute.isBefore(to)) {
                    continue;
                }
                ZonedDateTime local = minute.atZone(PARIS);
                LocalTime time = local.toLocalTime();
                count.worked++;
                if (!time.isBefore(LocalTime.of(21, 0)) || time.isBefore(LocalTime.of(6, 0))) {
                    count.night++;
                }
                if (local.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    count.sunday++;
                }
                if (holidays.contains(local.toLocalDate()) || MonthDay.from(local).equals(MonthDay.of(5, 1))) {
                    count.holiday++;
                }
            }
        }
        return counts;
    }

    private static final class MinuteCount {
        long worked;
        long night;
        long sunday;
        long holiday;
    }

    private static int columnOf(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static Row rowOf(Sheet sheet, String payrollNumber) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && payrollNumber.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + payrollNumber);
    }
}
