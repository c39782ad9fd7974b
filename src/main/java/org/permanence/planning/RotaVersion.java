package org.permanence.planning;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.time.Instant;
import java.util.List;

/**
 * Version {@code number} of a rota as published: who, when, why, what it scored (null when published unchecked)
 * and whether hard violations were knowingly accepted, with a copy of its shifts. Never changed.
 */
public record RotaVersion(@Id Long id, long rotaId, int number, Instant publishedAt, String publishedBy,
        String comment, String score, boolean hardViolationsAcknowledged,
        @MappedCollection(idColumn = "rota_version_id", keyColumn = "position") List<VersionShift> shifts) {

    public RotaVersion {
        shifts = List.copyOf(shifts);
    }
}
