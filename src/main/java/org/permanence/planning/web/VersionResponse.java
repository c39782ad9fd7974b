package org.permanence.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.permanence.planning.RotaVersion;

import java.time.Instant;
import java.util.List;

/**
 * A published version; the list of versions leaves the shifts out (see {@code shiftCount}). {@code openShiftCount}
 * counts the shifts published without anyone on them, which nobody's calendar shows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VersionResponse(long rotaId, int number, Instant publishedAt, String publishedBy, String comment,
        String score, boolean hardViolationsAcknowledged, int shiftCount, int openShiftCount,
        List<VersionShiftView> shifts) {

    static VersionResponse of(RotaVersion version) {
        return new VersionResponse(version.rotaId(), version.number(), version.publishedAt(), version.publishedBy(),
                version.comment(), version.score(), version.hardViolationsAcknowledged(), version.shifts().size(),
                openShifts(version), version.shifts().stream().map(VersionShiftView::of).toList());
    }

    static VersionResponse summary(RotaVersion version) {
        return new VersionResponse(version.rotaId(), version.number(), version.publishedAt(), version.publishedBy(),
                version.comment(), version.score(), version.hardViolationsAcknowledged(), version.shifts().size(),
                openShifts(version), null);
    }

    private static int openShifts(RotaVersion version) {
        return (int) version.shifts().stream().filter(shift -> shift.employeeId() == null).count();
    }
}
