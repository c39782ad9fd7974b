package org.permanence.rota;

import org.permanence.demand.ShiftTemplateTimesChanged;
import org.permanence.system.HelplineProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shift's times are its template's unless a manager set them: when a template's times change, the draft shifts
 * of today and later that kept its times take the new ones, and their rotas' versions move on (edits made before
 * are stale). Hand-timed shifts, earlier days and published versions stay as they were.
 */
@Component
class DraftShiftRetiming {

    private final RotaShiftRepository shifts;
    private final RotaRepository rotas;
    private final ZoneId zone;
    private final Clock clock;

    DraftShiftRetiming(RotaShiftRepository shifts, RotaRepository rotas, HelplineProperties helpline, Clock clock) {
        this.shifts = shifts;
        this.rotas = rotas;
        this.zone = helpline.zone();
        this.clock = clock;
    }

    @EventListener
    void retime(ShiftTemplateTimesChanged change) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<Long> changedRotas = new TreeSet<>();
        for (RotaShift shift : shifts.findByShiftTemplateIdAndShiftDateGreaterThanEqual(change.after().id(), today)) {
            if (shift.isHandTimed(change.before(), zone)) {
                continue;
            }
            LocalDate date = shift.shiftDate();
            shifts.save(new RotaShift(shift.id(), shift.rotaId(), shift.employeeId(), shift.shiftTemplateId(), date,
                    change.after().startOn(date, zone), change.after().endOn(date, zone), shift.pinned(),
                    shift.version()));
            changedRotas.add(shift.rotaId());
        }
        changedRotas.forEach(rotaId -> rotas.findById(rotaId).ifPresent(rotas::save));
    }
}
