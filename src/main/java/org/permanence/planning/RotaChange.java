package org.permanence.planning;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/** One audited change of a rota: who, when, what, and the state before and after as JSON text. */
public record RotaChange(@Id Long id, long rotaId, Instant changedAt, String changedBy, String action,
        String beforeJson, String afterJson) {
}
