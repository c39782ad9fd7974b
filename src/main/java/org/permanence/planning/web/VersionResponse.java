package org.permanence.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.permanence.planning.RotaVersion;
import org.permanence.planning.VersionShift;

import java.time.Instant;
import java.util.List;

/** A published version; the list of versions leaves the shifts out (see {@code shiftCount}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VersionResponse(long rotaId, int number, Instant publishedAt, String publishedBy, String comment,
        String score, boolean hardViolationsAcknowledged, int shiftCount, List<VersionShift> shifts) {

    static VersionResponse of(RotaVersion version) {
        return new VersionResponse(version.rotaId(), version.number(), version.publishedAt(), version.publishedBy(),
                version.comment(), version.score(), version.hardViolationsAcknowledged(), version.shifts().size(),
                version.shifts());
    }

    static VersionResponse summary(RotaVersion version) {
        return new VersionResponse(version.rotaId(), version.number(), version.publishedAt(), version.publishedBy(),
                version.comment(), version.score(), version.hardViolationsAcknowledged(), version.shifts().size(),
                null);
    }
}
