package org.permanence.planning;

import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Published versions of rotas: each publication freezes the rota's current shifts as the next version. */
@Service
public class RotaVersions {

    private final RotaVersionRepository versions;
    private final Rotas rotas;
    private final Clock clock;

    RotaVersions(RotaVersionRepository versions, Rotas rotas, Clock clock) {
        this.versions = versions;
        this.rotas = rotas;
        this.clock = clock;
    }

    /** Freezes the rota's current shifts as its next version and marks the rota published. */
    @Transactional
    public RotaVersion publish(long rotaId, String publishedBy, String comment) {
        List<VersionShift> shifts = rotas.shifts(rotaId).stream().map(RotaVersions::copy).toList();
        int number = versions.findFirstByRotaIdOrderByNumberDesc(rotaId).map(RotaVersion::number).orElse(0) + 1;
        RotaVersion version = versions.save(
                new RotaVersion(null, rotaId, number, clock.instant(), publishedBy, comment, shifts));
        rotas.markPublished(rotaId);
        return version;
    }

    @Transactional(readOnly = true)
    public List<RotaVersion> of(long rotaId) {
        rotas.get(rotaId);
        return versions.findByRotaIdOrderByNumber(rotaId);
    }

    @Transactional(readOnly = true)
    public RotaVersion get(long rotaId, int number) {
        return versions.findByRotaIdAndNumber(rotaId, number)
                .orElseThrow(() -> new NotFoundException("Rota version", rotaId + "/" + number));
    }

    private static VersionShift copy(RotaShift shift) {
        return new VersionShift(shift.id(), shift.employeeId(), shift.shiftTemplateId(), shift.shiftDate(),
                shift.startsAt(), shift.endsAt());
    }
}
