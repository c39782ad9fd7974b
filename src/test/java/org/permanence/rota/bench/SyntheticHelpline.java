package org.permanence.rota.bench;

import org.permanence.rota.domain.Availability;
import org.permanence.rota.domain.AvailabilityKind;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A 119-like helpline of any size for one month: call handlers ("listening") and a first-line desk ("triage"),
 * demand per 30-minute slot shaped like the 119's 2022 floor plan (domain.md §1) and scaled to the staff, mixed
 * part-time contracts, leave, preferences and history. The same seed always gives the same helpline.
 */
public final class SyntheticHelpline {

    public static final String LISTENING = "listening";
    public static final String TRIAGE = "triage";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int SLOT_MINUTES = 30;
    /** The 119 floor plan is drawn for about 60 staff; larger helplines scale it. */
    private static final double REFERENCE_STAFF = 60.0;

    private final Random random;
    private final List<ShiftType> shiftTypes = List.of(
            new ShiftType("M", LISTENING, LocalTime.of(7, 0), 480, Set.of()),
            new ShiftType("D", LISTENING, LocalTime.of(9, 0), 480, Set.of()),
            new ShiftType("A", LISTENING, LocalTime.of(11, 0), 480, Set.of()),
            new ShiftType("E", LISTENING, LocalTime.of(15, 0), 480, Set.of()),
            new ShiftType("N", LISTENING, LocalTime.of(23, 0), 480, Set.of()),
            new ShiftType("T1", TRIAGE, LocalTime.of(8, 0), 450, Set.of()),
            new ShiftType("T2", TRIAGE, LocalTime.of(15, 30), 450, Set.of()));

    private SyntheticHelpline(long seed) {
        this.random = new Random(seed);
    }

    public static RotaPlan generate(int staff, LocalDate firstDay, LocalDate lastDay, long seed) {
        return new SyntheticHelpline(seed).build(staff, firstDay, lastDay);
    }

    private RotaPlan build(int staff, LocalDate firstDay, LocalDate lastDay) {
        Set<LocalDate> holidays = frenchFixedHolidays(firstDay.getYear());
        RotaSettings settings = RotaSettings.defaults(PARIS, holidays);
        List<Employee> employees = employees(staff, firstDay);
        double scale = staff / REFERENCE_STAFF;
        List<CoverDemand> demands = new ArrayList<>();
        Instant end = lastDay.plusDays(1).atStartOfDay(PARIS).toInstant();
        // Slots follow real time, so the spring-forward day has 46 slots and the fall-back day 50.
        for (Instant start = firstDay.atStartOfDay(PARIS).toInstant(); start.isBefore(end);
             start = start.plusSeconds(SLOT_MINUTES * 60L)) {
            ZonedDateTime local = start.atZone(PARIS);
            boolean weekend = local.getDayOfWeek().getValue() >= 6 || holidays.contains(local.toLocalDate());
            int hour = local.getHour();
            addDemand(demands, LISTENING, start, listeningOnTheFloor(hour, weekend) * scale);
            addDemand(demands, TRIAGE, start, triageOnTheFloor(hour, weekend) * scale);
        }
        List<Availability> availabilities = new ArrayList<>();
        List<ShiftRequest> requests = new ArrayList<>();
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        for (Employee employee : employees) {
            if (random.nextDouble() < 0.15) {
                LocalDate leaveStart = firstDay.plusDays(random.nextInt(days));
                LocalDate leaveEnd = leaveStart.plusDays(3 + random.nextInt(5));
                availabilities.add(new Availability(employee, leaveStart.atStartOfDay(PARIS).toInstant(),
                        leaveEnd.atStartOfDay(PARIS).toInstant(), AvailabilityKind.UNAVAILABLE));
            }
            for (int i = 0; i < 2; i++) {
                LocalDate date = firstDay.plusDays(random.nextInt(days));
                AvailabilityKind kind = random.nextBoolean() ? AvailabilityKind.UNDESIRED : AvailabilityKind.DESIRED;
                availabilities.add(new Availability(employee, date.atTime(17, 0).atZone(PARIS).toInstant(),
                        date.plusDays(1).atTime(1, 0).atZone(PARIS).toInstant(), kind));
            }
            LocalDate offDate = firstDay.plusDays(random.nextInt(days));
            requests.add(new ShiftRequest(employee, offDate, null, ShiftRequest.Kind.OFF, 1 + random.nextInt(3)));
        }
        return new RotaPlan(firstDay, lastDay, settings, employees, shiftTypes, demands, availabilities, requests,
                List.of());
    }

    private static void addDemand(List<CoverDemand> demands, String skill, Instant start, double people) {
        int required = (int) Math.round(people);
        if (required > 0) {
            demands.add(CoverDemand.forSkill(skill, start, start.plusSeconds(SLOT_MINUTES * 60L), required,
                    SLOT_MINUTES, 1));
        }
    }

    /** 119 handlers on the floor in 2022: 07–09 2, 09–11 4, 11–19 6 (4 at weekends), 19–21 5 (4), 21–23 4, night 2. */
    private static int listeningOnTheFloor(int hour, boolean weekend) {
        if (hour >= 7 && hour < 9) {
            return 2;
        } else if (hour >= 9 && hour < 11) {
            return 4;
        } else if (hour >= 11 && hour < 19) {
            return weekend ? 4 : 6;
        } else if (hour >= 19 && hour < 21) {
            return weekend ? 4 : 5;
        } else if (hour >= 21 && hour < 23) {
            return 4;
        }
        return 2;
    }

    /** The first-line desk: from 8:00 (9:00 at weekends) to 23:00, two at the busiest hours. */
    private static int triageOnTheFloor(int hour, boolean weekend) {
        if (hour < (weekend ? 9 : 8) || hour >= 23) {
            return 0;
        }
        return !weekend && hour >= 10 && hour < 15 ? 2 : 1;
    }

    private List<Employee> employees(int staff, LocalDate firstDay) {
        List<Employee> employees = new ArrayList<>();
        LocalDate lastMonday = firstDay.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < staff; i++) {
            boolean triage = i % 6 == 5;
            boolean both = i % 12 == 0;
            Set<String> skills = triage ? Set.of(TRIAGE) : both ? Set.of(LISTENING, TRIAGE) : Set.of(LISTENING);
            int contractMinutes = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> 35 * 60;
                case 4, 5, 6 -> 28 * 60;
                default -> 24 * 60;
            };
            WorkRules rules = WorkRules.frenchLabourCode(contractMinutes)
                    .withNightWork(!triage && random.nextDouble() < 0.35, 8 * 60);
            Map<LocalDate, Integer> minutesByWeek = new HashMap<>();
            Map<LocalDate, Integer> daysByWeek = new HashMap<>();
            for (int week = 1; week <= 11; week++) {
                minutesByWeek.put(lastMonday.minusWeeks(week), contractMinutes - 240 + random.nextInt(480));
            }
            int daysWorkedThisWeek = (int) Math.min(java.time.temporal.ChronoUnit.DAYS.between(lastMonday, firstDay),
                    contractMinutes / 480);
            minutesByWeek.put(lastMonday, daysWorkedThisWeek * 480);
            daysByWeek.put(lastMonday, daysWorkedThisWeek);
            int trailingDays = random.nextInt(3);
            EmployeeHistory history = new EmployeeHistory(minutesByWeek, daysByWeek, Map.of(),
                    trailingDays == 0 ? null : firstDay.minusDays(1).atTime(17, 0).atZone(PARIS).toInstant(),
                    trailingDays, 0, firstDay.getDayOfWeek().getValue() - 1, null);
            employees.add(new Employee("e" + i, "Employee " + i, skills, rules, history));
        }
        return employees;
    }

    /** Fixed-date French public holidays (Easter-based ones are not needed for a synthetic month). */
    private static Set<LocalDate> frenchFixedHolidays(int year) {
        return Set.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 8),
                LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1),
                LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25));
    }
}
