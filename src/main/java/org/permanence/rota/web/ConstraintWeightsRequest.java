package org.permanence.rota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.permanence.rota.RotaConstraintWeights.Weight;

import java.util.List;

/** All weight overrides of a rota (an empty list restores every default), from the version read. */
record ConstraintWeightsRequest(Long version, @NotNull List<@Valid @NotNull Entry> weights) {

    /** Each level is required: one left out would switch the constraint off at that level without a word. */
    record Entry(@NotBlank String constraintName, @NotNull Long hard, @NotNull Long medium, @NotNull Long soft) {

        Weight weight() {
            return new Weight(constraintName, hard, medium, soft);
        }
    }

    List<Weight> toWeights() {
        return weights.stream().map(Entry::weight).toList();
    }
}
