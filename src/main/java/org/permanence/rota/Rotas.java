package org.permanence.rota;

import org.permanence.system.ConflictException;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Rota periods and their shifts. */
@Service
@EnableConfigurationProperties(RotaProperties.class)
public class Rotas {

    private static final String RESOURCE = "Rota";

    private final RotaRepository rotas;
    private final RotaShiftRepository shifts;
    private final RotaProperties properties;

    Rotas(RotaRepository rotas, RotaShiftRepository shifts, RotaProperties properties) {
        this.rotas = rotas;
        this.shifts = shifts;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Page<Rota> page(RotaStatus status, Pageable pageable) {
        return status == null ? rotas.findAll(pageable) : rotas.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    public Rota get(long id) {
        return rotas.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** An empty draft for the period. */
    @Transactional
    public Rota create(String name, LocalDate firstDate, LocalDate lastDate) {
        Rota rota = new Rota(null, name, firstDate, lastDate, RotaStatus.DRAFT, null);
        validatePeriod(rota);
        return rotas.save(rota);
    }

    /** Renames a draft or moves its period; shifts outside the new period are dropped. */
    @Transactional
    public Rota update(long id, String name, LocalDate firstDate, LocalDate lastDate, Long expectedVersion) {
        Rota current = get(id);
        StaleVersionException.check(RESOURCE, id, expectedVersion, current.version());
        requireDraft(current);
        Rota changed = new Rota(id, name, firstDate, lastDate, current.status(), current.version());
        validatePeriod(changed);
        List<RotaShift> outside = shifts.findByRotaIdOrderByStartsAtAscIdAsc(id).stream()
                .filter(shift -> shift.shiftDate().isBefore(firstDate) || shift.shiftDate().isAfter(lastDate))
                .toList();
        shifts.deleteAll(outside);
        return rotas.save(changed);
    }

    @Transactional
    public void delete(long id) {
        Rota rota = get(id);
        requireDraft(rota);
        rotas.delete(rota);
    }

    /** The rota's shifts in start order; empty until it is solved. */
    @Transactional(readOnly = true)
    public List<RotaShift> shifts(long rotaId) {
        get(rotaId);
        return shifts.findByRotaIdOrderByStartsAtAscIdAsc(rotaId);
    }

    private void validatePeriod(Rota rota) {
        if (rota.lastDate().isBefore(rota.firstDate())) {
            throw new InvalidRequestException("lastDate", "must not be before firstDate");
        }
        if (rota.days() > properties.maxDays()) {
            throw new InvalidRequestException("lastDate",
                    "the period may span at most " + properties.maxDays() + " days");
        }
    }

    private static void requireDraft(Rota rota) {
        if (rota.status() != RotaStatus.DRAFT) {
            throw new ConflictException("status", "only a DRAFT rota can be changed, this one is " + rota.status());
        }
    }
}
