package org.permanence.rota;

import org.permanence.demand.ShiftTemplateTimesChanged;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shift's times are its template's unless a manager set them: when a template's times change, the draft shifts
 * not yet started that kept its times take the new ones, and their rotas' versions move on (edits made before are
 * stale). Hand-timed shifts, started ones and published versions stay as they were. The change is refused (409,
 * rolling the template's edit back) while one of those rotas is being solved, whose save would put the old times
 * back, and when the new times would make two shifts of one employee overlap, as an edit would be.
 */
@Component
class DraftShiftRetiming {

    private final RotaShiftRepository shifts;
    private final RotaRepository rotas;
    private final RotaSolving solving;
    private final ZoneId zone;
    private final Clock clock;

    DraftShiftRetiming(RotaShiftRepository shifts, RotaRepository rotas, RotaSolving solving,
            HelplineProperties helpline, Clock clock) {
        this.shifts = shifts;
        this.rotas = rotas;
        this.solving = solving;
        this.zone = helpline.zone();
        this.clock = clock;
    }

    @EventListener
    void retime(ShiftTemplateTimesChanged change) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<RotaShift> retimed = new ArrayList<>();
        for (RotaShift shift : shifts.findByShiftTemplateIdAndShiftDateGreaterThanEqual(change.after().id(), today)) {
            if (shift.isHandTimed(change.before(), zone) || !shift.startsAt().isAfter(now)) {
                continue;
            }
            LocalDate date = shift.shiftDate();
            retimed.add(new RotaShift(shift.id(), shift.rotaId(), shift.employeeId(), shift.shiftTemplateId(), date,
                    change.after().startOn(date, zone), change.after().endOn(date, zone), shift.pinned(),
                    shift.version()));
        }
        Set<Long> changedRotas = new TreeSet<>(retimed.stream().map(RotaShift::rotaId).toList());
        changedRotas.forEach(solving::requireNotSolving);
        shifts.saveAll(retimed);
        String field = change.after().startTime().equals(change.before().startTime())
                ? "durationMinutes" : "startTime";
        for (long rotaId : changedRotas) {
            requireNoOverlap(shifts.findByRotaIdOrderByStartsAtAscIdAsc(rotaId), field);
            rotas.findById(rotaId).ifPresent(rotas::save);
        }
    }

    private static void requireNoOverlap(List<RotaShift> byStart, String field) {
        for (int i = 0; i < byStart.size(); i++) {
            RotaShift shift = byStart.get(i);
            for (int j = i + 1; j < byStart.size() && byStart.get(j).startsAt().isBefore(shift.endsAt()); j++) {
                RotaShift other = byStart.get(j);
                if (shift.employeeId() != null && Objects.equals(shift.employeeId(), other.employeeId())) {
                    throw new ConflictException(field, "the new times make shift " + shift.id() + " of employee "
                            + shift.employeeId() + " on " + shift.shiftDate() + " overlap their shift " + other.id()
                            + " in rota " + shift.rotaId() + "; move one of them first");
                }
            }
        }
    }
}
