package org.permanence.benchmark;

import static org.permanence.rota.solver.RotaConstraintProvider.AVERAGE_WEEKLY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.CONTRACT_DEVIATION;
import static org.permanence.rota.solver.RotaConstraintProvider.DAILY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.DESIRED_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_HOLIDAY_HOURS;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_NIGHTS;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_WEEKEND_DAYS;
import static org.permanence.rota.solver.RotaConstraintProvider.ISOLATED_DAY_OFF;
import static org.permanence.rota.solver.RotaConstraintProvider.ISOLATED_WORKING_DAY;
import static org.permanence.rota.solver.RotaConstraintProvider.MINIMUM_REST;
import static org.permanence.rota.solver.RotaConstraintProvider.MINIMUM_REST_AFTER_HISTORY;
import static org.permanence.rota.solver.RotaConstraintProvider.NIGHT_WORKER_DAILY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.NIGHT_WORK_NOT_ALLOWED;
import static org.permanence.rota.solver.RotaConstraintProvider.OVERLAPPING_SHIFTS;
import static org.permanence.rota.solver.RotaConstraintProvider.REQUIRED_SKILL;
import static org.permanence.rota.solver.RotaConstraintProvider.UNAVAILABLE_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.UNDERSTAFFING;
import static org.permanence.rota.solver.RotaConstraintProvider.UNDESIRED_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.WEEKLY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.WEEKLY_REST;
import static org.permanence.rota.solver.RotaConstraintProvider.WORKING_DAYS_PER_WEEK;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Constraint weights that make the product's score equal the benchmark objective: {@code 0hard/0medium/-penalty}.
 * <ul>
 *   <li>Understaffing moves from medium to soft: the benchmark prices a missing person at the cover's under weight
 *       (100) next to requests and overstaffing, so a roster may trade cover for rules only through the hard level.</li>
 *   <li>Product quality rules the benchmark does not have (fairness, isolated days, contract hours, availability
 *       wishes) weigh nothing.</li>
 *   <li>Labour-law rules the imported contracts switch off (rest, daily/weekly limits, night work, skills,
 *       unavailability) can never match; they weigh nothing too, so the solver does not spend time on them.</li>
 * </ul>
 * The benchmark's own rules keep the product's default weights: fixed days off, shift successions, shifts per type,
 * total minutes, consecutive days, weekends (hard); overstaffing and shift-on/off requests (soft).
 */
public final class BenchmarkWeights {

    private static final List<String> NOT_IN_THE_BENCHMARK = List.of(
            CONTRACT_DEVIATION, UNDESIRED_TIME, DESIRED_TIME, FAIR_NIGHTS, FAIR_WEEKEND_DAYS, FAIR_HOLIDAY_HOURS,
            ISOLATED_WORKING_DAY, ISOLATED_DAY_OFF);

    private static final List<String> SWITCHED_OFF_BY_THE_CONTRACTS = List.of(
            REQUIRED_SKILL, UNAVAILABLE_TIME, OVERLAPPING_SHIFTS, MINIMUM_REST, MINIMUM_REST_AFTER_HISTORY,
            DAILY_MAXIMUM, WEEKLY_MAXIMUM, AVERAGE_WEEKLY_MAXIMUM, WEEKLY_REST, WORKING_DAYS_PER_WEEK,
            NIGHT_WORK_NOT_ALLOWED, NIGHT_WORKER_DAILY_MAXIMUM);

    private BenchmarkWeights() {
    }

    public static Map<String, HardMediumSoftLongScore> overrides() {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        weights.put(UNDERSTAFFING, HardMediumSoftLongScore.ONE_SOFT);
        NOT_IN_THE_BENCHMARK.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        SWITCHED_OFF_BY_THE_CONTRACTS.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        return weights;
    }
}
