package org.permanence.demo;

import org.permanence.demand.DayPattern;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.demand.StaffingNeedDraft;
import org.permanence.demand.StaffingNeeds;
import org.permanence.rota.Rota;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.security.UserAccounts;
import org.permanence.staff.AvailabilityDraft;
import org.permanence.staff.AvailabilityKind;
import org.permanence.staff.AvailabilityService;
import org.permanence.staff.Contract;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillInfo;
import org.permanence.staff.SkillService;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.UnavailabilityReason;
import org.permanence.system.HelplineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A helpline shaped like France's 119 (docs/demo.md): call handlers (écoutants), most of them part-time, a
 * first-line desk (pré-accueil), coordinators, shift templates, the 2022 slot table as staffing needs, some leave
 * and preferences, and an empty rota for next month. A fixed random seed makes every load identical.
 */
@Component
public class DemoHelpline {

    public static final String PAYROLL_PREFIX = "119-";
    public static final String CALL_HANDLER = "CALL_HANDLER";
    public static final String FIRST_LINE = "FIRST_LINE";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ENGLISH = "ENGLISH";
    /** Demo sign-ins: username → password. Demo only; change or delete them on a real helpline. */
    public static final Map<String, String> USERS = Map.of(
            "planner", "planner-demo", "manager", "manager-demo", "hr", "hr-demo", "employee", "employee-demo");

    private static final Logger log = LoggerFactory.getLogger(DemoHelpline.class);
    private static final long SEED = 119;
    private static final int SHIFT_MINUTES = 8 * 60;
    private static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah",
            "Julie", "Emma", "Lucie", "Claire", "Anne", "Sophie", "Nadia", "Aïcha", "Fatou", "Hélène", "Marion",
            "Pauline", "Thomas", "Nicolas", "Julien", "Karim", "Mehdi", "Antoine", "Hugo", "Louis", "Yanis",
            "Olivier", "Pierre", "Samuel");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia",
            "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Dupont",
            "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
            "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Diallo", "Benali", "Nguyen", "Traoré");
    private static final List<MonthDay> FIXED_PUBLIC_HOLIDAYS = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11),
            MonthDay.of(12, 25));

    private final SkillService skills;
    private final ContractService contracts;
    private final EmployeeService employees;
    private final AvailabilityService availability;
    private final StaffDirectory directory;
    private final ShiftTemplates templates;
    private final StaffingNeeds needs;
    private final Rotas rotas;
    private final UserAccounts users;
    private final Clock clock;
    private final ZoneId zone;

    DemoHelpline(SkillService skills, ContractService contracts, EmployeeService employees,
            AvailabilityService availability, StaffDirectory directory, ShiftTemplates templates,
            StaffingNeeds needs, Rotas rotas, UserAccounts users, Clock clock, HelplineProperties helpline) {
        this.skills = skills;
        this.contracts = contracts;
        this.employees = employees;
        this.availability = availability;
        this.directory = directory;
        this.templates = templates;
        this.needs = needs;
        this.rotas = rotas;
        this.users = users;
        this.clock = clock;
        this.zone = helpline.zone();
    }

    /** Loads the demo unless the database already holds employees; true when it loaded. */
    @Transactional
    public boolean loadIfEmpty() {
        if (employees.search(null, null, null, null, 0, 1).getTotalElements() > 0) {
            log.info("Employees exist already: demo helpline not loaded");
            return false;
        }
        Rota rota = load();
        log.info("Demo helpline loaded: rota '{}' ({} to {}); demo users {}", rota.name(), rota.firstDate(),
                rota.lastDate(), USERS.keySet());
        return true;
    }

    /** Loads the demo helpline and returns its empty rota for next month. */
    @Transactional
    public Rota load() {
        Random random = new Random(SEED);
        LocalDate firstOfNextMonth = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        LocalDate lastOfNextMonth = firstOfNextMonth.plusMonths(1).minusDays(1);

        Map<String, Long> skill = new LinkedHashMap<>();
        skill.put(CALL_HANDLER, skill(CALL_HANDLER, "Écoutant (call handler)"));
        skill.put(FIRST_LINE, skill(FIRST_LINE, "Pré-accueil (first-line reception)"));
        skill.put(COORDINATOR, skill(COORDINATOR, "Coordinator"));
        skill.put(ENGLISH, skill(ENGLISH, "English speaker"));

        Staff staff = hireStaff(random, skill, firstOfNextMonth);
        defineTemplates(skill);
        defineNeeds(skill, firstOfNextMonth);
        addAvailability(random, staff, firstOfNextMonth, lastOfNextMonth);
        createUsers(staff.callHandlers().get(0));
        String month = firstOfNextMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return rotas.create("Rota " + month + " " + firstOfNextMonth.getYear(), firstOfNextMonth, lastOfNextMonth);
    }

    private record Staff(List<Long> callHandlers, List<Long> firstLine, List<Long> coordinators) {
    }

    private Staff hireStaff(Random random, Map<String, Long> skill, LocalDate firstOfNextMonth) {
        long fullTime = contract("Full-time 35 h", 35, false);
        long fullTimeNights = contract("Full-time 35 h, nights", 35, true);
        long partTime28 = contract("Part-time 28 h", 28, false);
        long partTime28Nights = contract("Part-time 28 h, nights", 28, true);
        long partTime24 = contract("Part-time 24 h", 24, false);
        long partTime24Nights = contract("Part-time 24 h, nights", 24, true);

        List<Long> handlerContracts = new ArrayList<>();
        addCopies(handlerContracts, fullTime, 1);
        addCopies(handlerContracts, fullTimeNights, 2);
        addCopies(handlerContracts, partTime28, 6);
        addCopies(handlerContracts, partTime28Nights, 4);
        addCopies(handlerContracts, partTime24, 26);
        addCopies(handlerContracts, partTime24Nights, 6);
        List<Long> firstLineContracts = new ArrayList<>();
        addCopies(firstLineContracts, fullTime, 3);
        addCopies(firstLineContracts, partTime28, 4);
        addCopies(firstLineContracts, partTime24, 3);

        Set<Integer> englishHandlers = Set.of(3, 11, 24, 37);
        int payroll = 0;
        List<Long> handlers = new ArrayList<>();
        for (int i = 0; i < handlerContracts.size(); i++) {
            Set<Long> held = englishHandlers.contains(i) ? Set.of(skill.get(CALL_HANDLER), skill.get(ENGLISH))
                    : Set.of(skill.get(CALL_HANDLER));
            handlers.add(hire(random, ++payroll, handlerContracts.get(i), held, firstOfNextMonth));
        }
        List<Long> firstLine = new ArrayList<>();
        for (int i = 0; i < firstLineContracts.size(); i++) {
            Set<Long> held = i == 0 ? Set.of(skill.get(FIRST_LINE), skill.get(ENGLISH)) : Set.of(skill.get(FIRST_LINE));
            firstLine.add(hire(random, ++payroll, firstLineContracts.get(i), held, firstOfNextMonth));
        }
        List<Long> coordinators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            coordinators.add(hire(random, ++payroll, fullTimeNights, Set.of(skill.get(COORDINATOR)),
                    firstOfNextMonth));
        }
        return new Staff(handlers, firstLine, coordinators);
    }

    private static void addCopies(List<Long> list, long value, int copies) {
        list.addAll(Collections.nCopies(copies, value));
    }

    private long hire(Random random, int number, long contractId, Set<Long> skillIds, LocalDate firstOfNextMonth) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String email = (first + "." + last + number).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]", "") + "@demo.permanence.example";
        LocalDate start = firstOfNextMonth.minusDays(60 + random.nextInt(3000));
        return employees.create(new EmployeeDraft(PAYROLL_PREFIX + String.format("%04d", number), first, last, email,
                contractId, skillIds, start, null, null)).id();
    }

    private long skill(String code, String name) {
        return directory.skills().stream().filter(info -> info.code().equals(code)).map(SkillInfo::id).findFirst()
                .orElseGet(() -> skills.create(new SkillDraft(code, name, null)).id());
    }

    /** Contracts keep the configured working-time defaults; only hours and night work differ. */
    private long contract(String name, int weeklyHours, boolean nightWorkAllowed) {
        return contracts.list(0, 1000).stream().filter(existing -> existing.name().equals(name)).map(Contract::id)
                .findFirst()
                .orElseGet(() -> contracts.create(new ContractDraft(name, weeklyHours * 60, null, null, null, null,
                        null, null, null, null, null, null, nightWorkAllowed, null, null, null, null, null)).id());
    }

    private void defineTemplates(Map<String, Long> skill) {
        long handler = skill.get(CALL_HANDLER);
        ShiftTemplate morning = template("Morning", "CH-M", 7, handler, Set.of());
        ShiftTemplate day = template("Day", "CH-D", 9, handler, Set.of());
        ShiftTemplate mid = template("Mid", "CH-I", 11, handler, Set.of());
        // 11 h daily rest: an evening ending at 23:00 rules out 07:00 and 09:00 starts the next day.
        ShiftTemplate evening = template("Evening", "CH-E", 15, handler, Set.of(morning.id(), day.id()));
        template("Night", "CH-N", 23, handler, Set.of(morning.id(), day.id(), mid.id(), evening.id()));

        long firstLine = skill.get(FIRST_LINE);
        ShiftTemplate firstLineDay = template("First-line day", "FL-D", 8, firstLine, Set.of(), DayPattern.WEEKDAY);
        ShiftTemplate firstLineWeekend = template("First-line weekend", "FL-W", 9, firstLine, Set.of(),
                DayPattern.WEEKEND);
        template("First-line late", "FL-E", 15, firstLine, Set.of(firstLineDay.id(), firstLineWeekend.id()));

        template("Coordinator day", "CO-D", 9, skill.get(COORDINATOR), Set.of());
    }

    private ShiftTemplate template(String name, String code, int startHour, long skillId, Set<Long> forbidden) {
        return template(name, code, startHour, skillId, forbidden, null);
    }

    private ShiftTemplate template(String name, String code, int startHour, long skillId, Set<Long> forbidden,
            DayPattern days) {
        return templates.create(new ShiftTemplateDraft(name, code, LocalTime.of(startHour, 0), SHIFT_MINUTES,
                skillId, forbidden, days));
    }

    /** Call handlers: the 2022 slot table of domain.md §1; first line 08:00 (09:00 at weekends) to 23:00. */
    private void defineNeeds(Map<String, Long> skill, LocalDate firstOfNextMonth) {
        long handler = skill.get(CALL_HANDLER);
        int[][] slotTable = {{7, 9, 2, 2}, {9, 11, 4, 4}, {11, 19, 6, 4}, {19, 21, 5, 4}, {21, 23, 4, 4},
                {23, 7, 2, 2}};
        for (int[] slot : slotTable) {
            need(handler, DayPattern.WEEKDAY, slot[0], slot[1], slot[2]);
            need(handler, DayPattern.WEEKEND, slot[0], slot[1], slot[3]);
        }
        long firstLine = skill.get(FIRST_LINE);
        need(firstLine, DayPattern.WEEKDAY, 8, 10, 1);
        need(firstLine, DayPattern.WEEKDAY, 10, 20, 2);
        need(firstLine, DayPattern.WEEKDAY, 20, 23, 1);
        need(firstLine, DayPattern.WEEKEND, 9, 23, 1);
        need(skill.get(COORDINATOR), DayPattern.WEEKDAY, 9, 17, 1);
        need(skill.get(COORDINATOR), DayPattern.WEEKEND, 9, 17, 1);

        Set<LocalDate> taken = new HashSet<>();
        needs.overrides().forEach(existing -> taken.add(existing.overrideDate()));
        for (MonthDay holiday : FIXED_PUBLIC_HOLIDAYS) {
            LocalDate date = holiday.atYear(firstOfNextMonth.getYear());
            if (date.isBefore(firstOfNextMonth)) {
                date = holiday.atYear(firstOfNextMonth.getYear() + 1);
            }
            if (taken.add(date)) {
                needs.createOverride(date, DayOfWeek.SUNDAY, "Public holiday, staffed like a Sunday");
            }
        }
    }

    private void need(long skillId, DayPattern days, int startHour, int endHour, int required) {
        needs.create(new StaffingNeedDraft(skillId, days, null, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0),
                required));
    }

    private void addAvailability(Random random, Staff staff, LocalDate first, LocalDate last) {
        List<Long> handlers = new ArrayList<>(staff.callHandlers());
        Collections.shuffle(handlers, random);
        int next = 0;
        for (int i = 0; i < 6; i++) {
            LocalDate from = first.plusDays(random.nextInt(last.getDayOfMonth() - 6));
            unavailable(handlers.get(next++), from, from.plusDays(7), UnavailabilityReason.PAID_LEAVE, "Annual leave");
        }
        LocalDate firstLineLeave = first.plusDays(random.nextInt(last.getDayOfMonth() - 6));
        unavailable(staff.firstLine().get(random.nextInt(staff.firstLine().size())), firstLineLeave,
                firstLineLeave.plusDays(7), UnavailabilityReason.PAID_LEAVE, "Annual leave");
        for (int i = 0; i < 2; i++) {
            LocalDate from = first.plusDays(random.nextInt(last.getDayOfMonth() - 3));
            unavailable(handlers.get(next++), from, from.plusDays(3), UnavailabilityReason.SICKNESS, "Sick leave");
        }
        for (int i = 0; i < 2; i++) {
            LocalDate on = first.plusDays(random.nextInt(last.getDayOfMonth()));
            availability.create(new AvailabilityDraft(handlers.get(next++), at(on, 9), at(on, 17),
                    AvailabilityKind.UNAVAILABLE, UnavailabilityReason.TRAINING, "Listening skills training", null));
        }
        List<LocalDate> sundays = first.datesUntil(last.plusDays(1))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.SUNDAY).toList();
        List<LocalDate> mondays = first.datesUntil(last.plusDays(1))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY).toList();
        for (int i = 0; i < 3; i++) {
            long employee = handlers.get(next++);
            sundays.forEach(sunday -> availability.create(new AvailabilityDraft(employee, at(sunday, 0),
                    at(sunday.plusDays(1), 0), AvailabilityKind.UNDESIRED, null, "Prefers Sundays off", null)));
        }
        for (int i = 0; i < 3; i++) {
            long employee = handlers.get(next++);
            mondays.forEach(monday -> availability.create(new AvailabilityDraft(employee, at(monday, 7),
                    at(monday, 15), AvailabilityKind.DESIRED, null, "Likes Monday mornings", null)));
        }
    }

    private void unavailable(long employeeId, LocalDate from, LocalDate until, UnavailabilityReason reason,
            String note) {
        availability.create(new AvailabilityDraft(employeeId, at(from, 0), at(until, 0), AvailabilityKind.UNAVAILABLE,
                reason, note, null));
    }

    private Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(zone).toInstant();
    }

    private void createUsers(long demoEmployeeId) {
        Map<String, Role> roles = Map.of("planner", Role.PLANNER, "manager", Role.MANAGER, "hr", Role.HR,
                "employee", Role.EMPLOYEE);
        roles.forEach((username, role) -> {
            if (!users.exists(username)) {
                users.create(username, USERS.get(username), Set.of(role),
                        role == Role.EMPLOYEE ? demoEmployeeId : null);
            }
        });
    }
}
