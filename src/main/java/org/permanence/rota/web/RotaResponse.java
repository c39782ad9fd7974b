package org.permanence.rota.web;

import org.permanence.rota.Rota;
import org.permanence.rota.RotaSolveResults.LastSolve;
import org.permanence.rota.RotaStatus;

import java.time.LocalDate;

/** {@code lastSolve} (best score, solved at) is null until the rota has been solved. */
record RotaResponse(long id, String name, LocalDate firstDate, LocalDate lastDate, RotaStatus status, long version,
        LastSolve lastSolve) {

    static RotaResponse of(Rota rota) {
        return of(rota, null);
    }

    static RotaResponse of(Rota rota, LastSolve lastSolve) {
        return new RotaResponse(rota.id(), rota.name(), rota.firstDate(), rota.lastDate(), rota.status(),
                rota.version(), lastSolve);
    }
}
