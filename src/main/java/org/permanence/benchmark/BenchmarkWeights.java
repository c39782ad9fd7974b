package org.permanence.benchmark;

import static org.permanence.rota.solver.RotaConstraintProvider.AFTER_EMPLOYMENT_END;
import static org.permanence.rota.solver.RotaConstraintProvider.AVERAGE_WEEKLY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.CONTRACT_DEVIATION;
import static org.permanence.rota.solver.RotaConstraintProvider.DAILY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.DESIRED_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_HOLIDAY_HOURS;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_NIGHTS;
import static org.permanence.rota.solver.RotaConstraintProvider.FAIR_WEEKEND_DAYS;
import static org.permanence.rota.solver.RotaConstraintProvider.FIXED_DAY_OFF;
import static org.permanence.rota.solver.RotaConstraintProvider.HOURS_ABOVE_CONTRACT_IN_A_WEEK;
import static org.permanence.rota.solver.RotaConstraintProvider.FORBIDDEN_SUCCESSION;
import static org.permanence.rota.solver.RotaConstraintProvider.FORBIDDEN_SUCCESSION_AFTER_HISTORY;
import static org.permanence.rota.solver.RotaConstraintProvider.FORBIDDEN_SUCCESSION_BEFORE_NEXT_PERIOD;
import static org.permanence.rota.solver.RotaConstraintProvider.ISOLATED_DAY_OFF;
import static org.permanence.rota.solver.RotaConstraintProvider.ISOLATED_WORKING_DAY;
import static org.permanence.rota.solver.RotaConstraintProvider.MAX_CONSECUTIVE_WORKING_DAYS;
import static org.permanence.rota.solver.RotaConstraintProvider.MAX_SHIFTS_OF_TYPE;
import static org.permanence.rota.solver.RotaConstraintProvider.MAX_WORKED_WEEKENDS;
import static org.permanence.rota.solver.RotaConstraintProvider.MIN_CONSECUTIVE_DAYS_OFF;
import static org.permanence.rota.solver.RotaConstraintProvider.MIN_CONSECUTIVE_WORKING_DAYS;
import static org.permanence.rota.solver.RotaConstraintProvider.MINIMUM_REST;
import static org.permanence.rota.solver.RotaConstraintProvider.MINIMUM_REST_AFTER_HISTORY;
import static org.permanence.rota.solver.RotaConstraintProvider.MINIMUM_REST_BEFORE_NEXT_PERIOD;
import static org.permanence.rota.solver.RotaConstraintProvider.NIGHT_WORKER_AVERAGE_WEEKLY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.NIGHT_WORKER_DAILY_MAXIMUM;
import static org.permanence.rota.solver.RotaConstraintProvider.NIGHT_WORK_NOT_ALLOWED;
import static org.permanence.rota.solver.RotaConstraintProvider.OVERLAPPING_SHIFTS;
import static org.permanence.rota.solver.RotaConstraintProvider.REQUIRED_SKILL;
import static org.permanence.rota.solver.RotaConstraintProvider.UNAVAILABLE_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.UNDERSTAFFING;
import static org.permanence.rota.solver.RotaConstraintProvider.UNDESIRED_TIME;
import static org.permanence.rota.solver.RotaConstraintProvider.PART_TIME_WEEKLY_MAXIMUM;
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
 *       unavailability, employment end: imported staff have none) can never match; they weigh nothing too, so the
 *       solver does not spend time on them.</li>
 * </ul>
 * The benchmark's own hard rules are put on one scale: total minutes count minutes, so the rules counted in days,
 * shifts, weekends or successions weigh the shortest shift's minutes per unit. A day too many in a run then costs
 * about what a shift too few in the total does, and the search can trade one against the other (with weight 1, a
 * missing shift outweighed 480 forbidden successions). Only the hard level's scale changes: feasibility and the
 * soft score (the benchmark's penalty) are the same. Overstaffing and shift-on/off requests keep weight 1 (soft).
 */
public final class BenchmarkWeights {

    private static final List<String> NOT_IN_THE_BENCHMARK = List.of(
            CONTRACT_DEVIATION, HOURS_ABOVE_CONTRACT_IN_A_WEEK, UNDESIRED_TIME, DESIRED_TIME, FAIR_NIGHTS,
            FAIR_WEEKEND_DAYS, FAIR_HOLIDAY_HOURS,
            ISOLATED_WORKING_DAY, ISOLATED_DAY_OFF);

    private static final List<String> SWITCHED_OFF_BY_THE_CONTRACTS = List.of(
            REQUIRED_SKILL, UNAVAILABLE_TIME, AFTER_EMPLOYMENT_END, OVERLAPPING_SHIFTS, MINIMUM_REST, MINIMUM_REST_AFTER_HISTORY,
            MINIMUM_REST_BEFORE_NEXT_PERIOD,
            DAILY_MAXIMUM, WEEKLY_MAXIMUM, PART_TIME_WEEKLY_MAXIMUM, AVERAGE_WEEKLY_MAXIMUM, WEEKLY_REST,
            WORKING_DAYS_PER_WEEK,
            NIGHT_WORK_NOT_ALLOWED, NIGHT_WORKER_DAILY_MAXIMUM, NIGHT_WORKER_AVERAGE_WEEKLY_MAXIMUM);

    private static final List<String> HARD_RULES_COUNTED_PER_UNIT = List.of(
            FIXED_DAY_OFF, FORBIDDEN_SUCCESSION, FORBIDDEN_SUCCESSION_AFTER_HISTORY,
            FORBIDDEN_SUCCESSION_BEFORE_NEXT_PERIOD, MAX_SHIFTS_OF_TYPE, MAX_CONSECUTIVE_WORKING_DAYS,
            MIN_CONSECUTIVE_WORKING_DAYS, MIN_CONSECUTIVE_DAYS_OFF, MAX_WORKED_WEEKENDS);

    private BenchmarkWeights() {
    }

    public static Map<String, HardMediumSoftLongScore> overrides(Instance instance) {
        int shortestShiftMinutes = instance.shiftTypes().stream()
                .mapToInt(Instance.ShiftType::lengthMinutes).min().orElse(1);
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        HARD_RULES_COUNTED_PER_UNIT.forEach(name ->
                weights.put(name, HardMediumSoftLongScore.ofHard(shortestShiftMinutes)));
        weights.put(UNDERSTAFFING, HardMediumSoftLongScore.ONE_SOFT);
        NOT_IN_THE_BENCHMARK.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        SWITCHED_OFF_BY_THE_CONTRACTS.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        return weights;
    }
}
