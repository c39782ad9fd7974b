package org.permanence.rota;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rota of a planning period: the shifts starting on the dates firstDate..lastDate. */
public record Rota(@Id Long id, String name, LocalDate firstDate, LocalDate lastDate, RotaStatus status,
        @Version Long version) {

    public Rota withId(Long newId) {
        return new Rota(newId, name, firstDate, lastDate, status, version);
    }

    public Rota withVersion(Long newVersion) {
        return new Rota(id, name, firstDate, lastDate, status, newVersion);
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDate, lastDate) + 1;
    }
}
