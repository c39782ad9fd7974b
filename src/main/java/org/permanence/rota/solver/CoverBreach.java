package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.permanence.rota.domain.CoverCell;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.solver.RuleBreach.Unit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why a coverage rule matched: the people on duty over a cover cell against the people it needs. A helpline's skill
 * cell keeps its skill and instants, so two analyses whose cells were cut at other boundaries can be compared over
 * time ({@link #over}); the benchmark's shift-type cover is named by its demand and date.
 *
 * @param skill  the skill of a helpline's cell, null for shift-type cover
 * @param start  start of a skill cell
 * @param end    end of a skill cell
 * @param demand shift-type cover as it reads ("E on 2024-01-03"), null for a skill cell
 * @param date   date of shift-type cover
 */
public record CoverBreach(String skill, Instant start, Instant end, String demand, LocalDate date, long people,
                          long required) implements ConstraintJustification {

    static CoverBreach of(CoverCell cell, int people) {
        CoverDemand first = cell.getDemands().get(0);
        return first.isSkillDemand()
                ? new CoverBreach(first.getSkill(), cell.getStart(), cell.getEnd(), null, null, people,
                        cell.getRequired())
                : new CoverBreach(null, null, null, cell.toString(), cell.getDate(), people, cell.getRequired());
    }

    public boolean isSkillCell() {
        return skill != null;
    }

    /** The same people and need over part of (or a run of cells around) a skill cell. */
    public CoverBreach over(Instant otherStart, Instant otherEnd) {
        return new CoverBreach(skill, otherStart, otherEnd, null, null, people, required);
    }

    /** As every other rule reads: the cell, the people on duty and the people needed. */
    public RuleBreach asRuleBreach() {
        String subject = isSkillCell() ? skill + " " + start + "–" + end : demand;
        return new RuleBreach(subject, date, null, people, required, Unit.PERSONS, "on duty");
    }
}
