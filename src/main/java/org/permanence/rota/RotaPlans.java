package org.permanence.rota;

import org.permanence.calendar.HolidayCalendar;
import org.permanence.calendar.PublicHolidays;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.demand.StaffingRequirement;
import org.permanence.demand.StaffingRequirements;
import org.permanence.rota.domain.Availability;
import org.permanence.rota.domain.AvailabilityKind;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.EmployeeHistory.NeighbouringShift;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;
import org.permanence.staff.AvailabilityPeriod;
import org.permanence.staff.SkillInfo;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.staff.WorkingTimeRules;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a stored rota into the solver's {@link RotaPlan} and back. The plan holds everyone employed during the
 * period, the shift templates, the staffing requirements, availability, what the staff worked in the published rotas
 * before the period, and the rota's current shifts (with their pins) as the starting assignment.
 */
@Service
public class RotaPlans {

    private final Rotas rotas;
    private final RotaShiftRepository shifts;
    private final StaffDirectory staff;
    private final ShiftTemplates templates;
    private final StaffingRequirements requirements;
    private final RotaProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final ShiftRequests shiftRequests;
    private final EmployeeTemplateLimits templateLimits;
    private final RotaConstraintWeights weights;
    private final PublishedHistory publishedHistory;

    RotaPlans(Rotas rotas, RotaShiftRepository shifts, StaffDirectory staff, ShiftTemplates templates,
            StaffingRequirements requirements, RotaProperties properties, HelplineProperties helpline, Clock clock,
            ShiftRequests shiftRequests, EmployeeTemplateLimits templateLimits, PublishedHistory publishedHistory,
            RotaConstraintWeights weights) {
        this.rotas = rotas;
        this.shifts = shifts;
        this.staff = staff;
        this.templates = templates;
        this.requirements = requirements;
        this.properties = properties;
        this.zone = helpline.zone();
        this.clock = clock;
        this.shiftRequests = shiftRequests;
        this.templateLimits = templateLimits;
        this.weights = weights;
        this.publishedHistory = publishedHistory;
    }

    /**
     * The planning problem of the rota, with its current shifts as the starting solution and the rota's own
     * constraint weights, so that solves, analyses, edit impacts, candidates, publishing and swaps score it alike.
     * The past cannot be re-planned: days before today, and today's shift once it has started, are pinned as they
     * are.
     */
    @Transactional(readOnly = true)
    public RotaPlan build(long rotaId) {
        Rota rota = rotas.get(rotaId);
        LocalDate first = rota.firstDate();
        LocalDate last = rota.lastDate();
        Map<Long, String> skillCodes = staff.skills().stream()
                .collect(Collectors.toMap(SkillInfo::id, SkillInfo::code));
        List<ShiftTemplate> allTemplates = templates.all();
        Map<Long, ShiftType> shiftTypes = shiftTypes(allTemplates, skillCodes);
        List<StaffMember> members = staff.employedBetween(first, last);
        Map<Long, StaffMember> membersById = members.stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        RotaSettings settings = settings(first, last);
        Map<Long, EmployeeHistory> histories = histories(rotaId, first, last, members, settings, shiftTypes);
        Map<Long, Map<Long, Integer>> limits = templateLimits.byEmployee();
        List<AvailabilityPeriod> availability = staff.availabilityBetween(first.atStartOfDay(zone).toInstant(),
                last.plusDays(2).atStartOfDay(zone).toInstant());
        Map<Long, List<AvailabilityPeriod>> unavailable = availability.stream()
                .filter(period -> AvailabilityKind.valueOf(period.kind().name()) == AvailabilityKind.UNAVAILABLE)
                .sorted(Comparator.comparing(AvailabilityPeriod::start))
                .collect(Collectors.groupingBy(AvailabilityPeriod::employeeId));
        Map<Long, Employee> employees = new LinkedHashMap<>();
        List<FixedDayOff> daysOff = new ArrayList<>();
        for (StaffMember member : members) {
            List<AvailabilityPeriod> away = unavailable.getOrDefault(member.id(), List.of());
            int daysWithoutContractHours = (int) first.datesUntil(last.plusDays(1))
                    .filter(date -> !member.employedOn(date) || awayAllDay(date, away)).count();
            Instant employmentEnd = member.employmentEnd() == null ? null
                    : member.employmentEnd().plusDays(1).atStartOfDay(zone).toInstant();
            Employee employee = new Employee(String.valueOf(member.id()),
                    member.firstName() + " " + member.lastName(), member.skillCodes(),
                    workRules(member.contract().weeklyMinutes(), member.contract().rules())
                            .withMaxShiftsPerType(maxShiftsPerType(limits.get(member.id()), shiftTypes)),
                    histories.get(member.id()), daysWithoutContractHours, employmentEnd);
            employees.put(member.id(), employee);
            first.datesUntil(last.plusDays(1)).filter(date -> !member.employedOn(date))
                    .forEach(date -> daysOff.add(new FixedDayOff(employee, date)));
        }
        List<RotaShift> stored = shifts.findByRotaIdOrderByStartsAtAscIdAsc(rotaId);
        Map<Long, ShiftTemplate> templatesById = allTemplates.stream()
                .collect(Collectors.toMap(ShiftTemplate::id, Function.identity()));
        Map<Long, ShiftType> oneOffs = new LinkedHashMap<>();
        for (RotaShift shift : stored) {
            if (shift.isHandTimed(templatesById.get(shift.shiftTemplateId()), zone)) {
                oneOffs.put(shift.id(), oneOff(shiftTypes.get(shift.shiftTemplateId()), shift));
            }
        }
        List<ShiftType> planTypes = new ArrayList<>(shiftTypes.values());
        planTypes.addAll(oneOffs.values());
        RotaPlan plan = new RotaPlan(first, last, settings, List.copyOf(employees.values()),
                planTypes, demands(first, last, skillCodes),
                availabilities(availability, employees), requests(first, last, membersById, employees, shiftTypes),
                daysOff);
        for (RotaShift shift : stored) {
            Employee employee = shift.employeeId() == null ? null : employees.get(shift.employeeId());
            if (employee != null) {
                EmployeeDay day = plan.employeeDay(employee, shift.shiftDate());
                ShiftType oneOff = oneOffs.get(shift.id());
                ShiftType assigned = oneOff != null ? oneOff : shiftTypes.get(shift.shiftTemplateId());
                day.allowOnThisDay(assigned);
                day.setShiftType(assigned);
                // A shift left on a day outside the employment (an end date set after it was planned) is a breach
                // the solver must be free to remove, unless someone pinned it.
                boolean employed = membersById.get(shift.employeeId()).employedOn(shift.shiftDate());
                day.setPinned((employed && day.isPinned()) || shift.pinned() || oneOff != null);
            }
        }
        pinThePast(plan);
        weights.applyTo(rotaId, plan);
        return plan;
    }

    /**
     * The shift type of a hand-timed shift: its template with the shift's own local start and wall-clock length,
     * which the zone resolves back to exactly its stored instants (edits refuse times it could not).
     */
    private ShiftType oneOff(ShiftType template, RotaShift shift) {
        LocalDateTime localStart = LocalDateTime.ofInstant(shift.startsAt(), zone);
        LocalDateTime localEnd = LocalDateTime.ofInstant(shift.endsAt(), zone);
        return template.oneOff(oneOffCode(template.getCode(), shift.id()), shift.shiftDate(),
                localStart.toLocalTime(), Math.toIntExact(Duration.between(localStart, localEnd).toMinutes()));
    }

    /** The code of a hand-timed shift's type in the plan: {@code <template code>@<shift id>}. */
    public static String oneOffCode(String templateCode, long shiftId) {
        return templateCode + "@" + shiftId;
    }

    private void pinThePast(RotaPlan plan) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (EmployeeDay day : plan.getEmployeeDays()) {
            boolean started = day.isWorking() && !day.getShift().start().isAfter(now);
            if (day.getDate().isBefore(today) || started) {
                day.setPinned(true);
            }
        }
    }

    /**
     * Stores the plan's assignments as the rota's shifts in one transaction: unchanged shifts keep their id and
     * version, changed ones are updated, days now off lose their shift. A hand-timed shift (a one-off shift type)
     * is stored with its own times and its template's id. Open shifts (without an employee) are removed: the plan
     * answers them, covering the staffing needs they stood for where it can. Shifts of people outside the plan are
     * left alone.
     */
    @Transactional
    public List<RotaShift> save(long rotaId, RotaPlan plan) {
        Rota rota = rotas.get(rotaId);
        if (!rota.firstDate().equals(plan.getCalendar().getFirstDay())
                || !rota.lastDate().equals(plan.getCalendar().getLastDay())) {
            throw new ConflictException("rota", "the rota's period changed to " + rota.firstDate() + ".."
                    + rota.lastDate() + " since the plan of " + plan.getCalendar().getFirstDay() + ".."
                    + plan.getCalendar().getLastDay() + " was built; plan it again");
        }
        Map<String, ShiftTemplate> templatesByCode = templates.all().stream()
                .collect(Collectors.toMap(ShiftTemplate::code, Function.identity()));
        Map<String, RotaShift> stored = new HashMap<>();
        Set<String> planned = new HashSet<>();
        plan.getEmployees().forEach(employee -> planned.add(employee.getId()));
        List<RotaShift> toDelete = new ArrayList<>();
        for (RotaShift shift : shifts.findByRotaIdOrderByStartsAtAscIdAsc(rotaId)) {
            if (shift.employeeId() == null) {
                toDelete.add(shift);
            } else if (planned.contains(String.valueOf(shift.employeeId()))
                    && stored.putIfAbsent(key(shift.employeeId(), shift.shiftDate()), shift) != null) {
                toDelete.add(shift);
            }
        }
        List<RotaShift> toSave = new ArrayList<>();
        for (EmployeeDay day : plan.getEmployeeDays()) {
            long employeeId = Long.parseLong(day.getEmployee().getId());
            RotaShift current = stored.remove(key(employeeId, day.getDate()));
            if (!day.isWorking()) {
                if (current != null) {
                    toDelete.add(current);
                }
                continue;
            }
            ShiftTemplate template = templatesByCode.get(day.getShiftType().getTemplateCode());
            long templateId = template.id();
            boolean pinned = day.isPinned();
            Instant start = day.getShift().start();
            Instant end = day.getShift().end();
            if (current != null && current.shiftTemplateId() == templateId && current.pinned() == pinned
                    && current.startsAt().equals(start) && current.endsAt().equals(end)) {
                continue;
            }
            Long id = current == null ? null : current.id();
            Long version = current == null ? null : current.version();
            toSave.add(new RotaShift(id, rotaId, employeeId, templateId, day.getDate(), start, end, pinned,
                    version));
        }
        shifts.deleteAll(toDelete);
        shifts.saveAll(toSave);
        return shifts.findByRotaIdOrderByStartsAtAscIdAsc(rotaId);
    }

    private static String key(long employeeId, LocalDate date) {
        return employeeId + "@" + date;
    }

    private RotaSettings settings(LocalDate first, LocalDate last) {
        HolidayCalendar calendar = properties.alsaceMoselle()
                ? HolidayCalendar.alsaceMoselleCalendar() : HolidayCalendar.national();
        Set<LocalDate> holidays = new TreeSet<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            holidays.addAll(PublicHolidays.of(year, calendar).keySet());
        }
        return properties.settings(zone, holidays);
    }

    private static Map<Long, ShiftType> shiftTypes(List<ShiftTemplate> templates, Map<Long, String> skillCodes) {
        Map<Long, String> codes = templates.stream().collect(Collectors.toMap(ShiftTemplate::id, ShiftTemplate::code));
        Map<Long, ShiftType> types = new LinkedHashMap<>();
        for (ShiftTemplate template : templates) {
            Set<String> forbidden = template.forbiddenSuccessorIds().stream().map(codes::get)
                    .collect(Collectors.toSet());
            Set<DayOfWeek> days = template.days() == null ? Set.of() : EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(template.days()::includes).collect(Collectors.toSet());
            types.put(template.id(), new ShiftType(template.code(), skillCodes.get(template.skillId()),
                    template.startTime(), template.durationMinutes(), forbidden, days));
        }
        return types;
    }

    private List<CoverDemand> demands(LocalDate first, LocalDate last, Map<Long, String> skillCodes) {
        List<CoverDemand> demands = new ArrayList<>();
        for (StaffingRequirement requirement : requirements.forPeriod(first, last)) {
            if (requirement.required() > 0) {
                long minutes = Duration.between(requirement.start(), requirement.end()).toMinutes();
                demands.add(CoverDemand.forSkill(skillCodes.get(requirement.skillId()), requirement.start(),
                        requirement.end(), requirement.required(),
                        Math.toIntExact(minutes * properties.understaffingWeight()),
                        Math.toIntExact(minutes * properties.overstaffingWeight())));
            }
        }
        return demands;
    }

    /**
     * Whether unavailable periods, sorted by start (they may overlap or follow each other), cover the whole local
     * day.
     */
    private boolean awayAllDay(LocalDate date, List<AvailabilityPeriod> awayByStart) {
        Instant covered = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (AvailabilityPeriod period : awayByStart) {
            if (period.start().isAfter(covered)) {
                break;
            }
            covered = period.end().isAfter(covered) ? period.end() : covered;
        }
        return !covered.isBefore(end);
    }

    private static List<Availability> availabilities(List<AvailabilityPeriod> periods, Map<Long, Employee> employees) {
        List<Availability> availabilities = new ArrayList<>();
        for (AvailabilityPeriod period : periods) {
            Employee employee = employees.get(period.employeeId());
            if (employee != null) {
                availabilities.add(new Availability(employee, period.start(), period.end(),
                        AvailabilityKind.valueOf(period.kind().name())));
            }
        }
        return availabilities;
    }

    /** The employee's template limits as the solver wants them: maximum per shift type code. */
    private static Map<String, Integer> maxShiftsPerType(Map<Long, Integer> limits, Map<Long, ShiftType> shiftTypes) {
        Map<String, Integer> byCode = new HashMap<>();
        if (limits != null) {
            limits.forEach((templateId, max) -> byCode.put(shiftTypes.get(templateId).getCode(), max));
        }
        return byCode;
    }

    /** Stored requests of the period, of people in the plan, on days they are employed. */
    private List<ShiftRequest> requests(LocalDate first, LocalDate last, Map<Long, StaffMember> membersById,
            Map<Long, Employee> employees, Map<Long, ShiftType> shiftTypes) {
        List<ShiftRequest> requests = new ArrayList<>();
        for (EmployeeShiftRequest stored : shiftRequests.between(first, last)) {
            StaffMember member = membersById.get(stored.employeeId());
            if (member != null && member.employedOn(stored.date())) {
                ShiftType shiftType = stored.shiftTemplateId() == null ? null : shiftTypes.get(stored.shiftTemplateId());
                requests.add(new ShiftRequest(employees.get(stored.employeeId()), stored.date(), shiftType,
                        stored.kind(), stored.weight()));
            }
        }
        return requests;
    }

    /**
     * What each member worked before the period and the first shift published after it (a night of the period's
     * last day ends the next morning, so the shifts of the two days after it are read).
     */
    private Map<Long, EmployeeHistory> histories(long rotaId, LocalDate first, LocalDate last,
            List<StaffMember> members, RotaSettings settings, Map<Long, ShiftType> shiftTypes) {
        LocalDate firstMonday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate historyStart = firstMonday.minusWeeks(properties.historyWeeks());
        Map<Long, List<PublishedHistory.Shift>> byEmployee = publishedHistory
                .shiftsDated(historyStart, first.minusDays(1), rotaId).stream()
                .collect(Collectors.groupingBy(PublishedHistory.Shift::employeeId));
        Set<LocalDate> published = rotas.publishedDays(firstMonday, first.minusDays(1), rotaId);
        Map<Long, EmployeeHistory> histories = new HashMap<>();
        for (StaffMember member : members) {
            int knownDays = (int) firstMonday.datesUntil(first)
                    .filter(date -> published.contains(date) || !member.employedOn(date)).count();
            List<PublishedHistory.Shift> worked = byEmployee.get(member.id());
            histories.put(member.id(), worked == null ? EmployeeHistory.none(knownDays)
                    : history(worked, first, settings, knownDays));
        }
        Map<Long, NeighbouringShift> onDayAfter = new HashMap<>();
        for (PublishedHistory.Shift next : publishedHistory.shiftsDated(last.plusDays(1), last.plusDays(2), rotaId)) {
            EmployeeHistory history = histories.get(next.employeeId());
            if (history != null && history.nextShiftStart() == null) {
                histories.put(next.employeeId(), history.withNextShiftStart(next.startsAt()));
            }
            if (next.shiftDate().equals(last.plusDays(1))) {
                onDayAfter.put(next.employeeId(), neighbour(next, shiftTypes));
            }
        }
        Map<Long, NeighbouringShift> onDayBefore = new HashMap<>();
        byEmployee.forEach((employeeId, worked) -> worked.stream()
                .filter(shift -> shift.shiftDate().equals(first.minusDays(1))).findFirst()
                .ifPresent(shift -> onDayBefore.put(employeeId, neighbour(shift, shiftTypes))));
        histories.replaceAll((employeeId, history) -> history.withNeighbouringShifts(onDayBefore.get(employeeId),
                onDayAfter.get(employeeId)));
        return histories;
    }

    /** {@code null} for a shift of a template since deleted: it forbids nothing any more. */
    private static NeighbouringShift neighbour(PublishedHistory.Shift shift, Map<Long, ShiftType> shiftTypes) {
        ShiftType shiftType = shiftTypes.get(shift.shiftTemplateId());
        return shiftType == null ? null : new NeighbouringShift(shift.shiftDate(), shiftType);
    }

    /**
     * Minutes are split at local midnights, as the rules count the period's own shifts (a night on two days); night
     * shifts count in the week of their start, as the period's do.
     */
    private static EmployeeHistory history(List<PublishedHistory.Shift> worked, LocalDate first,
            RotaSettings settings, int knownDays) {
        ZoneId zone = settings.zone();
        Map<LocalDate, Integer> minutesByWeek = new HashMap<>();
        Map<LocalDate, Integer> nightShiftsByWeek = new HashMap<>();
        Map<LocalDate, Set<LocalDate>> datesByWeek = new HashMap<>();
        Instant lastEnd = null;
        Set<LocalDate> dates = new HashSet<>();
        int minutesOnFirstDay = 0;
        for (PublishedHistory.Shift shift : worked) {
            LocalDate monday = shift.shiftDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (LocalDate date = shift.shiftDate(); date.atStartOfDay(zone).toInstant().isBefore(shift.endsAt());
                    date = date.plusDays(1)) {
                Instant from = max(shift.startsAt(), date.atStartOfDay(zone).toInstant());
                Instant to = min(shift.endsAt(), date.plusDays(1).atStartOfDay(zone).toInstant());
                int minutes = (int) Duration.between(from, to).toMinutes();
                minutesByWeek.merge(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), minutes,
                        Integer::sum);
                minutesOnFirstDay += date.equals(first) ? minutes : 0;
            }
            datesByWeek.computeIfAbsent(monday, week -> new HashSet<>()).add(shift.shiftDate());
            if (settings.isNightShift(shift.startsAt(), shift.endsAt())) {
                nightShiftsByWeek.merge(monday, 1, Integer::sum);
            }
            dates.add(shift.shiftDate());
            if (lastEnd == null || shift.endsAt().isAfter(lastEnd)) {
                lastEnd = shift.endsAt();
            }
        }
        int trailing = 0;
        while (dates.contains(first.minusDays(trailing + 1L))) {
            trailing++;
        }
        Map<LocalDate, Integer> daysByWeek = new HashMap<>();
        datesByWeek.forEach((monday, days) -> daysByWeek.put(monday, days.size()));
        return new EmployeeHistory(minutesByWeek, daysByWeek, nightShiftsByWeek, lastEnd, trailing, minutesOnFirstDay,
                knownDays, null);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static WorkRules workRules(int weeklyMinutes, WorkingTimeRules rules) {
        return WorkRules.frenchLabourCode(weeklyMinutes)
                .withMinRestMinutes(rules.minRestBetweenShiftsMinutes())
                .withDailyMaxMinutes(rules.dailyMaxMinutes())
                .withWeeklyMaxMinutes(rules.weeklyMaxMinutes())
                .withAverageWeeklyMax(rules.twelveWeekAverageMaxMinutes(), 12)
                .withWeeklyRestMinutes(rules.weeklyRestMinutes())
                .withMaxWorkingDaysPerWeek(rules.maxWorkingDaysPerWeek())
                .withConsecutiveDays(rules.maxConsecutiveWorkingDays(), rules.minConsecutiveWorkingDays(),
                        rules.minConsecutiveDaysOff())
                .withMaxWorkedWeekends(orNoMaximum(rules.maxWorkedWeekendsPerPeriod()))
                .withNightWork(rules.nightWorkAllowed(), rules.nightWorkerDailyMaxMinutes())
                .withNightWorkerAverageWeeklyMaxMinutes(rules.nightWorkerTwelveWeekAverageMaxMinutes())
                .withTotalMinutes(rules.minMinutesPerPeriod() == null ? 0 : rules.minMinutesPerPeriod(),
                        orNoMaximum(rules.maxMinutesPerPeriod()));
    }

    private static int orNoMaximum(Integer value) {
        return value == null ? WorkRules.NO_MAXIMUM : value;
    }
}
