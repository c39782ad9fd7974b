package org.permanence.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.ConstraintNames;
import org.permanence.system.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-rota constraint weights that replace the defaults of docs/constraints.md, by constraint name; applied to the
 * rota's plan before it is solved or analysed.
 */
@Service
public class RotaConstraintWeights {

    /** One overridden weight: {@code hard}/{@code medium}/{@code soft} per unit of the constraint's penalty. */
    public record Weight(String constraintName, long hard, long medium, long soft) {

        HardMediumSoftLongScore score() {
            return HardMediumSoftLongScore.of(hard, medium, soft);
        }
    }

    /**
     * The largest weight per level. Penalties count minutes (squared for overstaffing) over a whole rota, so a
     * larger weight could overflow the score's long and turn a penalty into a reward; the defaults are 1 to 2 000.
     */
    public static final long MAX_WEIGHT = 1_000_000;

    private final JdbcClient jdbc;
    private final Rotas rotas;
    private final ListVersion versions;

    RotaConstraintWeights(JdbcClient jdbc, Rotas rotas) {
        this.jdbc = jdbc;
        this.rotas = rotas;
        this.versions = new ListVersion(jdbc, "rota_constraint_weight_set", "rota_id", "Constraint weights of rota");
    }

    /** A rota's overrides, with the version a replacement must name. */
    public record Weights(long version, List<Weight> weights) {
    }

    @Transactional(readOnly = true)
    public Weights of(long rotaId) {
        rotas.get(rotaId);
        return new Weights(versions.current(rotaId), stored(rotaId));
    }

    /**
     * Replaces all overrides of the rota, from the version read (missing: 422, older: 409); an unknown constraint
     * name is refused, naming it.
     */
    @Transactional
    public Weights replace(long rotaId, Long expectedVersion, List<Weight> weights) {
        rotas.get(rotaId);
        versions.claim(rotaId, expectedVersion);
        Map<String, Weight> byName = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            Weight weight = weights.get(i);
            if (!ConstraintNames.isKnown(weight.constraintName())) {
                throw new InvalidRequestException("weights[" + i + "].constraintName",
                        "unknown constraint '" + weight.constraintName() + "'");
            }
            if (weight.hard() < 0 || weight.medium() < 0 || weight.soft() < 0) {
                throw new InvalidRequestException("weights[" + i + "]", "weights must not be negative");
            }
            if (weight.hard() > MAX_WEIGHT || weight.medium() > MAX_WEIGHT || weight.soft() > MAX_WEIGHT) {
                throw new InvalidRequestException("weights[" + i + "]", "weights must be at most " + MAX_WEIGHT);
            }
            if (byName.put(weight.constraintName(), weight) != null) {
                throw new InvalidRequestException("weights[" + i + "].constraintName",
                        "constraint '" + weight.constraintName() + "' is listed twice");
            }
        }
        jdbc.sql("DELETE FROM rota_constraint_weight WHERE rota_id = ?").param(rotaId).update();
        for (Weight weight : byName.values()) {
            jdbc.sql("INSERT INTO rota_constraint_weight (rota_id, constraint_name, hard_weight, medium_weight, "
                            + "soft_weight) VALUES (?, ?, ?, ?, ?)")
                    .params(rotaId, weight.constraintName(), weight.hard(), weight.medium(), weight.soft()).update();
        }
        return of(rotaId);
    }

    /** Sets the rota's overrides on its plan (none stored: the defaults stay). */
    void applyTo(long rotaId, RotaPlan plan) {
        Map<String, HardMediumSoftLongScore> overrides = new LinkedHashMap<>();
        stored(rotaId).forEach(weight -> overrides.put(weight.constraintName(), weight.score()));
        if (!overrides.isEmpty()) {
            plan.overrideConstraintWeights(overrides);
        }
    }

    private List<Weight> stored(long rotaId) {
        return jdbc.sql("SELECT constraint_name, hard_weight, medium_weight, soft_weight FROM rota_constraint_weight "
                        + "WHERE rota_id = ? ORDER BY constraint_name")
                .param(rotaId)
                .query((rs, row) -> new Weight(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
