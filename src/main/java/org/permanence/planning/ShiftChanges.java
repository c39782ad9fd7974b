package org.permanence.planning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a re-publication changed in one employee's shifts: what a person who was already told their rota needs to
 * hear about. The first version of a rota is not a change; every later one is compared with the one before it.
 */
@Service
public class ShiftChanges {

    /** A version after a rota's first, without its shifts. */
    public record Republication(long rotaId, int number, Instant publishedAt, String publishedBy, String comment) {
    }

    /**
     * The employee's shift on {@code date} before and after version {@code version} of the rota was published;
     * {@code before} null: a shift was added, {@code after} null: it was taken away.
     */
    public record Change(long rotaId, int version, Instant publishedAt, String comment, LocalDate date,
            PublishedShift before, PublishedShift after) {
    }

    private final RotaVersionRepository versions;

    ShiftChanges(RotaVersionRepository versions) {
        this.versions = versions;
    }

    /** Changes to the employee's shifts made by versions published after {@code since}, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> ofEmployeeSince(long employeeId, Instant since) {
        List<Republication> republications = versions.findRepublishedAfter(since);
        if (republications.isEmpty()) {
            return List.of();
        }
        Map<VersionKey, Map<LocalDate, PublishedShift>> shiftsByVersion = versions.findOfEmployeeInEveryVersion(
                        employeeId, republications.stream().map(Republication::rotaId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.groupingBy(shift -> new VersionKey(shift.rotaId(), shift.versionNumber()),
                        Collectors.toMap(PublishedShift::shiftDate, shift -> shift, (first, second) -> first)));
        List<Change> changes = new ArrayList<>();
        for (Republication republication : republications) {
            Map<LocalDate, PublishedShift> before = shiftsByVersion.getOrDefault(
                    new VersionKey(republication.rotaId(), republication.number() - 1), Map.of());
            Map<LocalDate, PublishedShift> after = shiftsByVersion.getOrDefault(
                    new VersionKey(republication.rotaId(), republication.number()), Map.of());
            TreeSet<LocalDate> dates = new TreeSet<>(before.keySet());
            dates.addAll(after.keySet());
            for (LocalDate date : dates) {
                PublishedShift was = before.get(date);
                PublishedShift is = after.get(date);
                if (!sameWork(was, is)) {
                    changes.add(new Change(republication.rotaId(), republication.number(),
                            republication.publishedAt(), republication.comment(), date, was, is));
                }
            }
        }
        return changes;
    }

    private static boolean sameWork(PublishedShift was, PublishedShift is) {
        return was != null && is != null && was.shiftTemplateId() == is.shiftTemplateId()
                && Objects.equals(was.startsAt(), is.startsAt()) && Objects.equals(was.endsAt(), is.endsAt());
    }

    private record VersionKey(long rotaId, int number) {
    }
}
