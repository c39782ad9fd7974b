package org.permanence.rota.web;

import org.permanence.rota.Rota;
import org.permanence.rota.RotaStatus;

import java.time.LocalDate;

record RotaResponse(long id, String name, LocalDate firstDate, LocalDate lastDate, RotaStatus status, long version) {

    static RotaResponse of(Rota rota) {
        return new RotaResponse(rota.id(), rota.name(), rota.firstDate(), rota.lastDate(), rota.status(),
                rota.version());
    }
}
