package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.time.LocalDate;

/**
 * Why a constraint matched, in terms a planner can read: who (or which demand), which dates, what was measured
 * against which limit.
 *
 * @param subject  the employee's name, or the demand for coverage rules
 * @param from     first date concerned
 * @param to       last date concerned (equal to {@code from} for a single day)
 * @param measured the measured quantity (e.g. minutes of rest)
 * @param limit    the limit it is compared with (e.g. minutes of rest required)
 * @param unit     what both numbers count
 * @param what     the measured thing, e.g. "rest between N 3 May and M 4 May"
 */
public record RuleBreach(String subject, LocalDate from, LocalDate to, long measured, long limit, Unit unit,
                         String what) implements ConstraintJustification {

    public enum Unit {
        MINUTES, DAYS, SHIFTS, WEEKENDS, PERSONS, WEIGHT, FAIRNESS
    }
}
