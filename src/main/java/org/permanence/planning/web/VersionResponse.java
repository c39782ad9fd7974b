package org.permanence.planning.web;

import org.permanence.planning.RotaVersion;
import org.permanence.planning.VersionShift;

import java.time.Instant;
import java.util.List;

/** A published version; the list of versions leaves the shifts out ({@code shifts} null, see {@code shiftCount}). */
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
