package org.permanence.rota.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Consecutive cover demands that every shift either covers entirely or not at all (no shift starts or ends inside
 * them) and that need the same number of people. The coverage constraints count people once per cell instead of once
 * per 30-minute slot; the weights are the sums of the merged demands' weights, so the score is the same.
 */
public final class CoverCell {

    private final List<CoverDemand> demands;
    private final int required;
    private final long underWeight;
    private final long overWeight;

    CoverCell(List<CoverDemand> demands) {
        this.demands = List.copyOf(demands);
        this.required = demands.get(0).getRequired();
        this.underWeight = demands.stream().mapToLong(CoverDemand::getUnderWeight).sum();
        this.overWeight = demands.stream().mapToLong(CoverDemand::getOverWeight).sum();
    }

    public List<CoverDemand> getDemands() {
        return demands;
    }

    public int getRequired() {
        return required;
    }

    /** Cost of each missing person over the whole cell. */
    public long getUnderWeight() {
        return underWeight;
    }

    /** Cost of each extra person over the whole cell. */
    public long getOverWeight() {
        return overWeight;
    }

    /**
     * What {@code people} on duty cost above the requirement. On a helpline's skill slots the cost grows with the
     * square of the extra people, so spare hours spread over the day instead of piling up on one slot (with a linear
     * cost, 16 extra people at noon cost the same as one extra person in each of 16 slots). Shift-type cover (the
     * public benchmark) stays linear, as the benchmark defines it.
     */
    public long overstaffingCost(int people) {
        long extra = Math.max(0, people - required);
        return demands.get(0).isSkillDemand() ? extra * extra * overWeight : extra * overWeight;
    }

    public Instant getStart() {
        return demands.get(0).getStart();
    }

    public Instant getEnd() {
        return demands.get(demands.size() - 1).getEnd();
    }

    /** The date of a shift-type demand, or {@code null} for skill slots (see {@link #getStart()}). */
    public LocalDate getDate() {
        return demands.get(0).getDate();
    }

    @Override
    public String toString() {
        CoverDemand first = demands.get(0);
        return first.isSkillDemand() ? first.getSkill() + " " + getStart() + "–" + getEnd() : first.toString();
    }
}
