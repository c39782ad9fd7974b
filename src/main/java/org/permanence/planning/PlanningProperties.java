package org.permanence.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * Settings of editing, publishing and repairing rotas.
 *
 * @param repairChangeWeight     penalty of "Change from published rota" per employee-day a repair changes, in
 *                               person-minutes of uncovered demand (the medium level): a change is made only to keep
 *                               the law (hard) or to cover at least this much more demand, never for a quality (soft)
 *                               gain; at 120, up to three changes may hand on an 8 h shift someone can no longer work
 * @param repairSpentLimit       longest a synchronous repair ({@code POST /api/rotas/{id}/repair}) may run
 * @param repairUnimprovedLimit  a repair stops earlier when its best score has not improved for this long
 * @param calendarFeedPast       how far back the employee's calendar feed ({@code /api/me/shifts.ics}) reaches when
 *                               the request names no {@code from}
 * @param calendarFeedAhead      how far ahead it reaches when the request names no {@code to}
 */
@ConfigurationProperties("permanence.planning")
public record PlanningProperties(
        @DefaultValue("120") long repairChangeWeight,
        @DefaultValue("20s") Duration repairSpentLimit,
        @DefaultValue("3s") Duration repairUnimprovedLimit,
        @DefaultValue("31d") Period calendarFeedPast,
        @DefaultValue("92d") Period calendarFeedAhead) {
}
