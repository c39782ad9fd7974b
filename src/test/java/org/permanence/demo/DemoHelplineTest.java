package org.permanence.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.demand.StaffingRequirement;
import org.permanence.demand.StaffingRequirements;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaStatus;
import org.permanence.rota.Rotas;
import org.permanence.staff.SkillInfo;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHelplineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    DemoHelpline demo;
    @Autowired
    StaffDirectory directory;
    @Autowired
    ShiftTemplates templates;
    @Autowired
    StaffingRequirements requirements;
    @Autowired
    Rotas rotas;
    @Autowired
    TestApi api;

    private Rota rota;
    private List<StaffMember> staff;
    private Map<String, Long> skills;

    @BeforeAll
    void loadDemo() {
        rota = demo.load();
        staff = directory.employedBetween(rota.firstDate(), rota.lastDate()).stream()
                .filter(member -> member.payrollNumber().startsWith(DemoHelpline.PAYROLL_PREFIX)).toList();
        skills = directory.skills().stream().collect(Collectors.toMap(SkillInfo::code, SkillInfo::id));
    }

    private List<StaffMember> holding(String skill) {
        return staff.stream().filter(member -> member.skillIds().contains(skills.get(skill))).toList();
    }

    @Test
    void staffLooksLikeThe119() {
        assertThat(staff).hasSize(59);
        assertThat(holding(DemoHelpline.CALL_HANDLER)).hasSize(45);
        assertThat(holding(DemoHelpline.FIRST_LINE)).hasSize(10);
        assertThat(holding(DemoHelpline.COORDINATOR)).hasSize(4);
        assertThat(holding(DemoHelpline.ENGLISH)).hasSizeBetween(3, 6);
        long partTimeHandlers = holding(DemoHelpline.CALL_HANDLER).stream()
                .filter(member -> member.contract().weeklyMinutes() < 35 * 60).count();
        assertThat(partTimeHandlers).isGreaterThan(35);
    }

    @Test
    void nightTemplateCrossesMidnightAndForbidsAMorningNextDay() {
        Map<String, ShiftTemplate> byCode = templates.all().stream()
                .collect(Collectors.toMap(ShiftTemplate::code, template -> template));
        ShiftTemplate night = byCode.get("CH-N");

        assertThat(byCode).containsKeys("CH-M", "CH-D", "CH-I", "CH-E", "CH-N", "FL-D", "FL-E", "FL-W", "CO-D");
        assertThat(night.startTime()).isEqualTo(LocalTime.of(23, 0));
        assertThat(night.startTime().plusMinutes(night.durationMinutes())).isEqualTo(LocalTime.of(7, 0));
        assertThat(night.forbiddenSuccessorIds()).contains(byCode.get("CH-M").id(), byCode.get("CH-D").id());
    }

    @Test
    void nextMonthHasAnEmptyDraftRota() {
        LocalDate firstOfNextMonth = LocalDate.now(PARIS).withDayOfMonth(1).plusMonths(1);

        assertThat(rota.firstDate()).isEqualTo(firstOfNextMonth);
        assertThat(rota.lastDate()).isEqualTo(firstOfNextMonth.plusMonths(1).minusDays(1));
        assertThat(rota.status()).isEqualTo(RotaStatus.DRAFT);
        assertThat(rotas.shifts(rota.id())).isEmpty();
    }

    @Test
    void demoUsersSignInWithTheDocumentedPasswords() {
        assertThat(api.as("planner", DemoHelpline.USERS.get("planner")).get("/api/shift-templates").status())
                .isEqualTo(200);
        assertThat(api.as("manager", DemoHelpline.USERS.get("manager")).get("/api/rotas").status()).isEqualTo(200);
        assertThat(api.as("hr", DemoHelpline.USERS.get("hr")).get("/api/staffing-needs").status()).isEqualTo(200);
        assertThat(api.as("employee", DemoHelpline.USERS.get("employee")).get("/api/rotas").status()).isEqualTo(403);
    }

    @Test
    void callHandlerDemandFollowsTheSlotTable() {
        // A Wednesday and the following Saturday at 12:00: 6 handlers on weekdays, 4 at weekends.
        LocalDate wednesday = rota.firstDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<StaffingRequirement> slots = requirements.forPeriod(wednesday, wednesday.plusDays(3),
                skills.get(DemoHelpline.CALL_HANDLER));

        assertThat(requiredAt(slots, wednesday, 12)).isEqualTo(6);
        assertThat(requiredAt(slots, wednesday.plusDays(3), 12)).isEqualTo(4);
        assertThat(requiredAt(slots, wednesday, 23)).isEqualTo(2);
    }

    private static int requiredAt(List<StaffingRequirement> slots, LocalDate date, int hour) {
        var start = date.atTime(hour, 0).atZone(PARIS).toInstant();
        return slots.stream().filter(slot -> slot.start().equals(start)).mapToInt(StaffingRequirement::required)
                .sum();
    }

    /**
     * The demo must be solvable in principle: for every skill, the contract hours of the people holding it exceed
     * the person-hours its staffing needs ask for over the rota's month, with room for leave and for 8-hour
     * shifts that cannot follow the slot table exactly.
     */
    @Test
    void everySkillsDemandIsCoveredByContractHours() {
        for (String skill : List.of(DemoHelpline.CALL_HANDLER, DemoHelpline.FIRST_LINE, DemoHelpline.COORDINATOR)) {
            double demanded = demandedHours(skill, slot -> true);
            double available = contractHours(holding(skill));

            assertThat(demanded).as(skill).isPositive();
            assertThat(available).as(skill + " contract hours vs demanded hours").isGreaterThan(1.3 * demanded);
        }
    }

    @Test
    void nightDemandIsCoveredByHandlersAllowedToWorkNights() {
        Predicate<StaffingRequirement> night = slot -> {
            int hour = slot.start().atZone(PARIS).getHour();
            return hour >= 23 || hour < 7;
        };
        double demanded = demandedHours(DemoHelpline.CALL_HANDLER, night);
        List<StaffMember> nightWorkers = holding(DemoHelpline.CALL_HANDLER).stream()
                .filter(member -> member.contract().rules().nightWorkAllowed()).toList();

        assertThat(contractHours(nightWorkers)).isGreaterThan(2 * demanded);
    }

    private double demandedHours(String skill, Predicate<StaffingRequirement> which) {
        return requirements.forPeriod(rota.firstDate(), rota.lastDate(), skills.get(skill)).stream().filter(which)
                .mapToDouble(slot -> slot.required() * Duration.between(slot.start(), slot.end()).toMinutes() / 60.0)
                .sum();
    }

    private double contractHours(List<StaffMember> members) {
        double weeks = rota.days() / 7.0;
        return members.stream().mapToDouble(member -> member.contract().weeklyMinutes() / 60.0 * weeks).sum();
    }
}
