package org.permanence.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of editing, publishing and repairing rotas.
 *
 * @param repairChangeWeight     soft penalty of "Change from published rota" per employee-day a repair changes;
 *                               above the soft gain of moving one 8 h shift between two people (contract hours: 2 × 480), so a repair only moves what
 *                               the hard and medium rules (legality, coverage) require
 * @param repairSpentLimit       longest a synchronous repair ({@code POST /api/rotas/{id}/repair}) may run
 * @param repairUnimprovedLimit  a repair stops earlier when its best score has not improved for this long
 */
@ConfigurationProperties("permanence.planning")
public record PlanningProperties(
        @DefaultValue("2000") long repairChangeWeight,
        @DefaultValue("20s") Duration repairSpentLimit,
        @DefaultValue("3s") Duration repairUnimprovedLimit) {
}
