package org.permanence.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import com.fasterxml.jackson.databind.JsonNode;
import org.permanence.demand.DayPattern;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.demand.StaffingNeedDraft;
import org.permanence.demand.StaffingNeeds;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.RotaPlan;
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
import org.springframework.boot.test.context.TestComponent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A small helpline of its own (unique skill, templates, staff and staffing needs) for planning tests, which share
 * one database: an early (06:00, 8 h) and a late (14:00, 8 h) shift, each needing two people every day.
 */
@TestComponent
public class PlanningFixture {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SkillService skills;
    private final ContractService contracts;
    private final EmployeeService employees;
    private final ShiftTemplates templates;
    private final StaffingNeeds needs;
    private final AvailabilityService availability;
    private final Rotas rotas;
    private final RotaPlans plans;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;

    PlanningFixture(SkillService skills, ContractService contracts, EmployeeService employees,
            ShiftTemplates templates, StaffingNeeds needs, AvailabilityService availability, Rotas rotas,
            RotaPlans plans, SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager) {
        this.skills = skills;
        this.contracts = contracts;
        this.employees = employees;
        this.templates = templates;
        this.needs = needs;
        this.availability = availability;
        this.rotas = rotas;
        this.plans = plans;
        this.solutionManager = solutionManager;
    }

    /** One test helpline: its templates and staff. */
    public record Helpline(String tag, long skillId, ShiftTemplate early, ShiftTemplate late, List<Long> staff) {
    }

    public Helpline helpline(int staffCount) {
        return helpline(staffCount, (skill, start, end) -> {
            for (DayPattern days : List.of(DayPattern.WEEKDAY, DayPattern.WEEKEND)) {
                needs.create(new StaffingNeedDraft(skill, days, null, start, end, 2));
            }
        });
    }

    /**
     * A helpline whose staffing needs hold only on the dates {@code first..last}: tests whose solves plan everyone in
     * their database then do not inherit the needs of the other tests' helplines on their own dates.
     */
    public Helpline helpline(int staffCount, LocalDate first, LocalDate last) {
        return helpline(staffCount, (skill, start, end) -> first.datesUntil(last.plusDays(1)).forEach(date ->
                needs.create(new StaffingNeedDraft(skill, null, date, start, end, 2))));
    }

    private interface NeedWriter {
        void twoPeople(long skill, LocalTime start, LocalTime end);
    }

    private Helpline helpline(int staffCount, NeedWriter needWriter) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long skill = skills.create(new SkillDraft("PL" + tag, "Planning " + tag, null)).id();
        ShiftTemplate early = templates.create(new ShiftTemplateDraft("Early " + tag, "E" + tag, LocalTime.of(6, 0),
                480, skill, Set.of()));
        ShiftTemplate late = templates.create(new ShiftTemplateDraft("Late " + tag, "L" + tag, LocalTime.of(14, 0),
                480, skill, Set.of()));
        needWriter.twoPeople(skill, LocalTime.of(6, 0), LocalTime.of(14, 0));
        needWriter.twoPeople(skill, LocalTime.of(14, 0), LocalTime.of(22, 0));
        long contract = contracts.create(new ContractDraft("Full time " + tag, 2100, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)).id();
        List<Long> staff = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            staff.add(employees.create(new EmployeeDraft("PL" + tag + i, "Agent" + i, "Tag" + tag, null, contract,
                    Set.of(skill), LocalDate.of(2020, 1, 1), null, null)).id());
        }
        return new Helpline(tag, skill, early, late, staff);
    }

    public Rota rota(Helpline helpline, LocalDate first, LocalDate last) {
        return rotas.create("Rota " + helpline.tag() + " " + UUID.randomUUID(), first, last);
    }

    /** The employee is unavailable (sick) on the whole local dates from..to. */
    public void sick(long employeeId, LocalDate from, LocalDate to) {
        availability.create(new AvailabilityDraft(employeeId, from.atStartOfDay(PARIS).toInstant(),
                to.plusDays(1).atStartOfDay(PARIS).toInstant(), AvailabilityKind.UNAVAILABLE,
                UnavailabilityReason.SICKNESS, null, null));
    }

    /** The rota's score recomputed from scratch on what is stored. */
    public HardMediumSoftLongScore score(long rotaId) {
        return solutionManager.update(plans.build(rotaId));
    }

    /** The change of one constraint in an edit's {@code impact}, by constraint name. */
    public static JsonNode constraintChange(JsonNode impact, String name) {
        for (JsonNode constraint : impact.path("constraints")) {
            if (constraint.path("constraint").asText().equals(name)) {
                return constraint;
            }
        }
        throw new AssertionError("no change of " + name + " in " + impact);
    }
}
