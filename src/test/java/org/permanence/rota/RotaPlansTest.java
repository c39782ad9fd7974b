package org.permanence.rota;

import org.junit.jupiter.api.Test;
import org.permanence.system.ConflictException;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.RotaVersions;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;
import org.permanence.staff.AvailabilityDraft;
import org.permanence.staff.AvailabilityKind;
import org.permanence.staff.AvailabilityService;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.staff.UnavailabilityReason;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RotaPlansTest {

    @Autowired
    SkillService skills;
    @Autowired
    ContractService contracts;
    @Autowired
    EmployeeService employees;
    @Autowired
    ShiftTemplates templates;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaPlans plans;
    @Autowired
    RotaVersions versions;
    @Autowired
    AvailabilityService availability;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long skillId;
    private ShiftTemplate night;
    private ShiftTemplate morning;

    private long employee(LocalDate start, LocalDate end, boolean nightWork) {
        if (night == null) {
            skillId = skills.create(new SkillDraft("S" + tag, "Skill " + tag, null)).id();
            night = templates.create(new ShiftTemplateDraft("Night", "N" + tag, LocalTime.of(23, 0), 480, skillId,
                    Set.of()));
            morning = templates.create(new ShiftTemplateDraft("Morning", "M" + tag, LocalTime.of(7, 0), 420,
                    skillId, Set.of()));
        }
        long contract = contracts.create(new ContractDraft("Contract " + tag + UUID.randomUUID(), 1680, null, null,
                null, null, null, null, null, null, null, null, nightWork, null, null, null, null, null)).id();
        return employees.create(new EmployeeDraft("P" + UUID.randomUUID().toString().substring(0, 12), "Ada",
                "Tag" + tag, null, contract, Set.of(skillId), start, end, null)).id();
    }

    private static Employee inPlan(RotaPlan plan, long employeeId) {
        return plan.getEmployees().stream().filter(e -> e.getId().equals(String.valueOf(employeeId))).findFirst()
                .orElseThrow();
    }

    /** A week from {@code monday} giving the employee a night on each of {@code days}, published as version 1. */
    private Rota publishedWeekOfNights(long employee, LocalDate monday, int... days) {
        Rota week = rotas.create("Published week " + tag, monday, monday.plusDays(6));
        for (int day : days) {
            rotas.addShift(week.id(), employee, night.id(), monday.plusDays(day));
        }
        versions.publish(week.id(), "manager", "week");
        return week;
    }

    private static ShiftType typeOf(RotaPlan plan, ShiftTemplate template) {
        return plan.getShiftTypes().stream().filter(type -> type.getCode().equals(template.code())).findFirst()
                .orElseThrow();
    }

    @Test
    void storedShiftsBecomeTheStartingAssignmentWithTheirPinsAndTheContractRules() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota rota = rotas.create("Jan " + tag, LocalDate.of(2031, 1, 5), LocalDate.of(2031, 1, 7));
        RotaShift pinned = rotas.addShift(rota.id(), ada, night.id(), LocalDate.of(2031, 1, 6));
        plans.save(rota.id(), withPin(plans.build(rota.id()), ada, LocalDate.of(2031, 1, 6)));

        RotaPlan plan = plans.build(rota.id());

        Employee employee = inPlan(plan, ada);
        assertThat(employee.getRules().nightWorkAllowed()).isTrue();
        assertThat(employee.getRules().contractMinutesPerWeek()).isEqualTo(1680);
        assertThat(employee.getRules().nightWorkerAverageWeeklyMaxMinutes()).isEqualTo(2400);
        EmployeeDay day = plan.employeeDay(employee, LocalDate.of(2031, 1, 6));
        assertThat(day.getShiftType().getCode()).isEqualTo(night.code());
        assertThat(day.isPinned()).isTrue();
        assertThat(plan.employeeDay(employee, LocalDate.of(2031, 1, 5)).isWorking()).isFalse();
        assertThat(rotas.shifts(rota.id())).singleElement().satisfies(shift -> assertThat(shift.id())
                .isEqualTo(pinned.id()));
    }

    @Test
    void thePastIsPinned() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        Rota rota = rotas.create("Now " + tag, today.minusDays(2), today.plusDays(2));

        RotaPlan plan = plans.build(rota.id());

        Employee employee = inPlan(plan, ada);
        assertThat(plan.employeeDay(employee, today.minusDays(1)).isPinned()).isTrue();
        assertThat(plan.employeeDay(employee, today.plusDays(1)).isPinned()).isFalse();
    }

    @Test
    void daysOutsideEmploymentArePinnedAsDaysOff() {
        long leaver = employee(LocalDate.of(2020, 1, 1), LocalDate.of(2031, 2, 2), true);
        Rota rota = rotas.create("Feb " + tag, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 4));

        RotaPlan plan = plans.build(rota.id());

        Employee employee = inPlan(plan, leaver);
        assertThat(plan.employeeDay(employee, LocalDate.of(2031, 2, 2)).isPinned()).isFalse();
        assertThat(plan.employeeDay(employee, LocalDate.of(2031, 2, 3)).isPinned()).isTrue();
        assertThat(plan.employeeDay(employee, LocalDate.of(2031, 2, 4)).isPinned()).isTrue();
        assertThat(employee.getEmploymentEndMinute()).as("3 Feb 00:00 in Paris")
                .isEqualTo(Instant.parse("2031-02-02T23:00:00Z").getEpochSecond() / 60);
    }

    @Test
    void savingKeepsUnchangedShiftsAndStoresChangesAsRealInstants() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota rota = rotas.create("Mar " + tag, LocalDate.of(2031, 3, 29), LocalDate.of(2031, 3, 31));
        RotaShift kept = rotas.addShift(rota.id(), ada, morning.id(), LocalDate.of(2031, 3, 29));
        rotas.addShift(rota.id(), ada, morning.id(), LocalDate.of(2031, 3, 30));
        RotaPlan plan = plans.build(rota.id());
        Employee employee = inPlan(plan, ada);
        plan.employeeDay(employee, LocalDate.of(2031, 3, 30)).setShiftType(null);
        plan.employeeDay(employee, LocalDate.of(2031, 3, 31)).setShiftType(
                typeOf(plan, night));

        plans.save(rota.id(), plan);

        assertThat(rotas.shifts(rota.id())).satisfiesExactly(
                first -> assertThat(first).isEqualTo(kept),
                night -> {
                    assertThat(night.shiftDate()).isEqualTo(LocalDate.of(2031, 3, 31));
                    assertThat(night.startsAt()).isEqualTo(Instant.parse("2031-03-31T21:00:00Z"));
                });
    }

    @Test
    void publishedShiftsBeforeThePeriodAreTheHistoryRulesLookBackOn() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota before = rotas.create("Apr " + tag, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 30));
        rotas.addShift(before.id(), ada, night.id(), LocalDate.of(2031, 4, 29));
        rotas.addShift(before.id(), ada, night.id(), LocalDate.of(2031, 4, 30));
        versions.publish(before.id(), "manager", "April");
        Rota may = rotas.create("May " + tag, LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));

        Employee employee = inPlan(plans.build(may.id()), ada);

        assertThat(employee.getHistory().lastShiftEnd()).isEqualTo(Instant.parse("2031-05-01T05:00:00Z"));
        assertThat(employee.getHistory().trailingWorkingDays()).isEqualTo(2);
        assertThat(employee.getHistory().workedMinutesInWeek(LocalDate.of(2031, 4, 28))).isEqualTo(960);
        assertThat(employee.getHistory().minutesOnFirstDay()).as("1 May 00:00-07:00").isEqualTo(420);
        assertThat(employee.getHistory().nightShiftsInWeek(LocalDate.of(2031, 4, 28))).isEqualTo(2);
    }

    @Test
    void contractHoursAreNotDueOnDaysAwayAllDayNorOutsideTheEmployment() {
        LocalDate monday = TestPeriods.monday();
        ZoneId paris = ZoneId.of("Europe/Paris");
        long onLeave = employee(LocalDate.of(2020, 1, 1), null, true);
        long joining = employee(monday.plusDays(10), null, true);
        // Leave Monday to Wednesday as two touching periods, then only the morning of Thursday.
        for (LocalDate[] days : new LocalDate[][] {{monday, monday.plusDays(2)}, {monday.plusDays(2), monday.plusDays(3)}}) {
            availability.create(new AvailabilityDraft(onLeave, days[0].atStartOfDay(paris).toInstant(),
                    days[1].atStartOfDay(paris).toInstant(), AvailabilityKind.UNAVAILABLE,
                    UnavailabilityReason.PAID_LEAVE, null, null));
        }
        availability.create(new AvailabilityDraft(onLeave, monday.plusDays(3).atStartOfDay(paris).toInstant(),
                monday.plusDays(3).atTime(12, 0).atZone(paris).toInstant(), AvailabilityKind.UNAVAILABLE,
                UnavailabilityReason.PAID_LEAVE, null, null));
        Rota fortnight = rotas.create("Fortnight " + tag, monday, monday.plusDays(13));

        RotaPlan plan = plans.build(fortnight.id());

        assertThat(inPlan(plan, onLeave).getDaysWithoutContractHours()).isEqualTo(3);
        assertThat(inPlan(plan, joining).getDaysWithoutContractHours()).isEqualTo(10);
    }

    @Test
    void aSundayNightBeforeThePeriodCountsItsHoursAfterMidnightInTheFirstWeekAndDay() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        LocalDate monday = TestPeriods.monday();
        publishedWeekOfNights(ada, monday, 6);
        Rota next = rotas.create("Next week " + tag, monday.plusDays(7), monday.plusDays(13));

        Employee employee = inPlan(plans.build(next.id()), ada);

        assertThat(employee.getHistory().workedMinutesInWeek(monday)).as("Sunday 23:00-24:00").isEqualTo(60);
        assertThat(employee.getHistory().workedMinutesInWeek(monday.plusDays(7))).as("Monday 00:00-07:00")
                .isEqualTo(420);
        assertThat(employee.getHistory().minutesOnFirstDay()).isEqualTo(420);
        assertThat(employee.getHistory().shiftBeforePeriod().date()).isEqualTo(monday.plusDays(6));
        assertThat(employee.getHistory().shiftBeforePeriod().shiftType().getCode()).isEqualTo(night.code());
    }

    @Test
    void theFirstShiftPublishedAfterThePeriodIsWhereItsRestEnds() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        LocalDate monday = TestPeriods.monday();
        Rota following = rotas.create("Following week " + tag, monday.plusDays(7), monday.plusDays(13));
        RotaShift firstMorning = rotas.addShift(following.id(), ada, morning.id(), monday.plusDays(7));
        versions.publish(following.id(), "manager", "next week");
        Rota week = rotas.create("This week " + tag, monday, monday.plusDays(6));

        Employee employee = inPlan(plans.build(week.id()), ada);

        assertThat(employee.getHistory().nextShiftStart()).isEqualTo(firstMorning.startsAt());
        assertThat(employee.getHistory().shiftAfterPeriod()).as("what a forbidden succession is checked against")
                .satisfies(after -> {
                    assertThat(after.date()).isEqualTo(monday.plusDays(7));
                    assertThat(after.shiftType().getCode()).isEqualTo(morning.code());
                });
        assertThat(employee.getHistory().shiftBeforePeriod()).isNull();
    }

    @Test
    void savingAPlanAnswersTheOpenShifts() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        LocalDate monday = TestPeriods.monday();
        Rota rota = rotas.create("Open shift " + tag, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), null, night.id(), monday.plusDays(2));
        RotaPlan plan = plans.build(rota.id());
        plan.employeeDay(inPlan(plan, ada), monday.plusDays(2)).setShiftType(typeOf(plan, night));

        plans.save(rota.id(), plan);

        assertThat(rotas.shifts(rota.id())).singleElement().satisfies(shift -> {
            assertThat(shift.employeeId()).isEqualTo(ada);
            assertThat(shift.shiftDate()).isEqualTo(monday.plusDays(2));
        });
    }

    @Test
    void theHistoryIsWhatWasPublishedNotTheDraftEditedSince() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        LocalDate monday = TestPeriods.monday();
        Rota before = publishedWeekOfNights(ada, monday, 5);
        rotas.addShift(before.id(), ada, night.id(), monday.plusDays(6));
        Rota next = rotas.create("Following week " + tag, monday.plusDays(7), monday.plusDays(13));

        Employee employee = inPlan(plans.build(next.id()), ada);

        assertThat(employee.getHistory().workedDaysInWeek(monday)).as("Saturday's night only").isEqualTo(1);
        assertThat(employee.getHistory().minutesOnFirstDay()).as("no unpublished Sunday night").isZero();
    }

    @Test
    void aPlanIsNotSavedIntoARotaWhosePeriodChangedSinceItWasBuilt() {
        LocalDate monday = TestPeriods.monday();
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota rota = rotas.create("Moved " + tag, monday, monday.plusDays(6));
        RotaPlan plan = plans.build(rota.id());
        plan.employeeDay(inPlan(plan, ada), monday).setShiftType(plan.getShiftTypes().get(0));
        rotas.update(rota.id(), rota.name(), monday.plusDays(3), monday.plusDays(6), rota.version());

        assertThatThrownBy(() -> plans.save(rota.id(), plan)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("period changed");
        assertThat(rotas.shifts(rota.id())).isEmpty();
    }

    @Test
    void theDaysOfTheFirstWeekBeforeThePeriodAreKnownWherePublishedOrBeforeTheEmployment() {
        LocalDate monday = TestPeriods.monday();
        long longServing = employee(LocalDate.of(2020, 1, 1), null, true);
        long joiningThursday = employee(monday.plusDays(3), null, true);
        Rota mondayAndTuesday = rotas.create("Mon-Tue " + tag, monday, monday.plusDays(1));
        versions.publish(mondayAndTuesday.id(), "manager", "two days");
        Rota fromThursday = rotas.create("From Thursday " + tag, monday.plusDays(3), monday.plusDays(9));

        RotaPlan plan = plans.build(fromThursday.id());

        assertThat(inPlan(plan, longServing).getHistory().knownDaysBeforePeriod()).as("Monday, Tuesday").isEqualTo(2);
        assertThat(inPlan(plan, joiningThursday).getHistory().knownDaysBeforePeriod())
                .as("Monday, Tuesday and Wednesday, before the employment").isEqualTo(3);
    }

    @Test
    void aHandTimedShiftIsAPinnedOneOffOfItsTemplateAndIsSavedBackWithItsOwnTimes() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota rota = rotas.create("Jun " + tag, LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 4));
        RotaShift shift = rotas.addShift(rota.id(), ada, morning.id(), LocalDate.of(2031, 6, 3));
        RotaShift handTimed = rotas.changeShift(rota.id(), shift.id(), ada, morning.id(), true,
                Instant.parse("2031-06-03T06:30:00Z"), Instant.parse("2031-06-03T16:00:00Z"));

        RotaPlan plan = plans.build(rota.id());

        Employee employee = inPlan(plan, ada);
        EmployeeDay day = plan.employeeDay(employee, LocalDate.of(2031, 6, 3));
        assertThat(day.getShiftType().getCode()).isEqualTo(morning.code() + "@" + shift.id());
        assertThat(day.getShiftType().getTemplateCode()).isEqualTo(morning.code());
        assertThat(day.getShiftType().getRequiredSkill()).isEqualTo("S" + tag);
        assertThat(day.isPinned()).isTrue();
        assertThat(day.getShift().start()).isEqualTo(handTimed.startsAt());
        assertThat(day.getShift().end()).isEqualTo(handTimed.endsAt());
        assertThat(day.getShift().durationMinutes()).isEqualTo(570);
        assertThat(day.getAllowedShiftTypes()).contains(day.getShiftType());
        assertThat(plan.getEmployeeDays()).filteredOn(anyDay -> anyDay != day).allSatisfy(anyDay ->
                assertThat(anyDay.getAllowedShiftTypes()).noneMatch(ShiftType::isOneOff));

        plan.employeeDay(employee, LocalDate.of(2031, 6, 4)).setShiftType(
                typeOf(plan, morning));
        plans.save(rota.id(), plan);

        assertThat(rotas.shifts(rota.id())).satisfiesExactly(
                first -> assertThat(first).isEqualTo(handTimed),
                added -> {
                    assertThat(added.shiftDate()).isEqualTo(LocalDate.of(2031, 6, 4));
                    assertThat(added.startsAt()).isEqualTo(Instant.parse("2031-06-04T05:00:00Z"));
                    assertThat(added.pinned()).isFalse();
                });
    }

    @Test
    void aHandTimedShiftLosingItsTimesInThePlanIsSavedWithItsTemplateTimes() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        Rota rota = rotas.create("Jul " + tag, LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 2));
        RotaShift shift = rotas.addShift(rota.id(), ada, morning.id(), LocalDate.of(2031, 7, 1));
        rotas.changeShift(rota.id(), shift.id(), ada, morning.id(), true, Instant.parse("2031-07-01T04:00:00Z"),
                null);
        RotaPlan plan = plans.build(rota.id());
        EmployeeDay day = plan.employeeDay(inPlan(plan, ada), LocalDate.of(2031, 7, 1));
        day.setShiftType(typeOf(plan, morning));

        plans.save(rota.id(), plan);

        RotaShift saved = rotas.shift(rota.id(), shift.id());
        assertThat(saved.startsAt()).isEqualTo(Instant.parse("2031-07-01T05:00:00Z"));
        assertThat(saved.endsAt()).isEqualTo(Instant.parse("2031-07-01T12:00:00Z"));
    }

    @Test
    void aHandTimedNightAcrossTheClockChangeKeepsItsRealLengthAndItsTemplatesForbiddenSuccessors() {
        long ada = employee(LocalDate.of(2020, 1, 1), null, true);
        ShiftTemplate early = templates.create(new ShiftTemplateDraft("Early", "E" + tag, LocalTime.of(6, 0), 480,
                skillId, Set.of()));
        ShiftTemplate late = templates.create(new ShiftTemplateDraft("Late", "L" + tag, LocalTime.of(20, 0), 600,
                skillId, Set.of(early.id())));
        Rota rota = rotas.create("Oct " + tag, LocalDate.of(2031, 10, 25), LocalDate.of(2031, 10, 27));
        RotaShift night = rotas.addShift(rota.id(), ada, late.id(), LocalDate.of(2031, 10, 25));
        RotaShift morningAfter = rotas.addShift(rota.id(), ada, early.id(), LocalDate.of(2031, 10, 26));
        // 20:00 CEST to 07:00 CET: 11 h on the clock, 12 h worked
        rotas.changeShift(rota.id(), night.id(), ada, late.id(), true, Instant.parse("2031-10-25T18:00:00Z"),
                Instant.parse("2031-10-26T06:00:00Z"));
        rotas.changeShift(rota.id(), morningAfter.id(), ada, early.id(), true, Instant.parse("2031-10-26T08:00:00Z"),
                Instant.parse("2031-10-26T12:00:00Z"));

        RotaPlan plan = plans.build(rota.id());

        Employee employee = inPlan(plan, ada);
        EmployeeDay nightDay = plan.employeeDay(employee, LocalDate.of(2031, 10, 25));
        EmployeeDay dayAfter = plan.employeeDay(employee, LocalDate.of(2031, 10, 26));
        assertThat(nightDay.getShift().durationMinutes()).isEqualTo(720);
        assertThat(nightDay.getShift().end()).isEqualTo(Instant.parse("2031-10-26T06:00:00Z"));
        assertThat(nightDay.getShiftType().forbidsOnNextDay(dayAfter.getShiftType())).isTrue();
        ShiftType plainLate = typeOf(plan, late);
        assertThat(plainLate.forbidsOnNextDay(dayAfter.getShiftType())).isTrue();
    }

    private static RotaPlan withPin(RotaPlan plan, long employeeId, LocalDate date) {
        plan.employeeDay(inPlan(plan, employeeId), date).setPinned(true);
        return plan;
    }
}
