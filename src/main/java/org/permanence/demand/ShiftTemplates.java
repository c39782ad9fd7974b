package org.permanence.demand;

import org.permanence.staff.StaffDirectory;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Shift templates: the query API other features plan with, and the edits planners make. */
@Service
public class ShiftTemplates {

    private static final String RESOURCE = "Shift template";

    private final ShiftTemplateRepository repository;
    private final StaffDirectory staff;
    private final List<ShiftTemplateReferences> references;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    ShiftTemplates(ShiftTemplateRepository repository, StaffDirectory staff, List<ShiftTemplateReferences> references,
            ApplicationEventPublisher events, HelplineProperties helpline, Clock clock) {
        this.repository = repository;
        this.staff = staff;
        this.references = references;
        this.events = events;
        this.zone = helpline.zone();
        this.clock = clock;
    }

    /** Every template, ordered by start time then code. */
    @Transactional(readOnly = true)
    public List<ShiftTemplate> all() {
        return repository.findAll(Sort.by("startTime", "code"));
    }

    /**
     * Templates of one skill (null: all), ordered by start time then code. An unknown skill is refused (422, naming
     * the {@code skill} filter) rather than answered with an empty page.
     */
    @Transactional(readOnly = true)
    public Page<ShiftTemplate> page(Long skillId, int page, int size) {
        if (skillId != null && staff.skill(skillId).isEmpty()) {
            throw new InvalidRequestException("skill", "is not a known skill: " + skillId);
        }
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("startTime", "code"));
        return skillId == null ? repository.findAll(pageRequest) : repository.findBySkillId(skillId, pageRequest);
    }

    @Transactional(readOnly = true)
    public ShiftTemplate get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @Transactional(readOnly = true)
    public Optional<ShiftTemplate> find(long id) {
        return repository.findById(id);
    }

    @Transactional
    public ShiftTemplate create(ShiftTemplateDraft draft) {
        validate(draft, null);
        if (repository.existsByCode(draft.code())) {
            throw new ConflictException("code", "is already used");
        }
        return repository.save(toTemplate(null, draft, null));
    }

    @Transactional
    public ShiftTemplate update(long id, ShiftTemplateDraft draft, Long expectedVersion) {
        ShiftTemplate current = get(id);
        StaleVersionException.check(RESOURCE, id, expectedVersion, current.version());
        validate(draft, id);
        if (!current.code().equals(draft.code()) && repository.existsByCode(draft.code())) {
            throw new ConflictException("code", "is already used");
        }
        ShiftTemplate updated = repository.save(toTemplate(id, draft, current.version()));
        if (!updated.startTime().equals(current.startTime())
                || updated.durationMinutes() != current.durationMinutes()) {
            events.publishEvent(new ShiftTemplateTimesChanged(current, updated));
        }
        return updated;
    }

    /** Deletes a template and the shift requests and limits naming it, unless other records refer to it. */
    @Transactional
    public void delete(long id) {
        ShiftTemplate template = get(id);
        List<String> referrers = references.stream()
                .flatMap(reference -> reference.toShiftTemplate(id).stream()).toList();
        if (!referrers.isEmpty()) {
            throw new ConflictException("id", "has " + String.join(" and ", referrers));
        }
        repository.delete(template);
    }

    private void validate(ShiftTemplateDraft draft, Long id) {
        List<FieldError> errors = new ArrayList<>();
        if (staff.skill(draft.skillId()).isEmpty()) {
            errors.add(new FieldError("skillId", "is not a known skill: " + draft.skillId()));
        }
        Set<Long> successors = draft.forbiddenSuccessorIds() == null ? Set.of() : draft.forbiddenSuccessorIds();
        Set<Long> unknown = successors.stream()
                .filter(successor -> !successor.equals(id) && !repository.existsById(successor))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("forbiddenSuccessorIds", "are not known shift templates: " + unknown));
        }
        skippedByTheClocks(draft.startTime(), draft.durationMinutes()).ifPresent(gap -> errors.add(new FieldError(
                "startTime", "a " + draft.durationMinutes() + "-minute shift from " + draft.startTime()
                        + " lies in the hour the clocks skip on " + gap.getDateTimeBefore().toLocalDate() + " ("
                        + gap.getDateTimeBefore().toLocalTime() + "–" + gap.getDateTimeAfter().toLocalTime()
                        + ") and would not exist that day")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The next clock change (within two years) whose skipped local hour holds the whole shift, if any. */
    private Optional<ZoneOffsetTransition> skippedByTheClocks(LocalTime start, int minutes) {
        Instant horizon = clock.instant().plus(Duration.ofDays(2 * 366));
        for (ZoneOffsetTransition transition = zone.getRules().nextTransition(clock.instant());
                transition != null && transition.getInstant().isBefore(horizon);
                transition = zone.getRules().nextTransition(transition.getInstant())) {
            LocalDateTime shiftStart = transition.getDateTimeBefore().toLocalDate().atTime(start);
            if (transition.isGap() && !shiftStart.isBefore(transition.getDateTimeBefore())
                    && !shiftStart.plusMinutes(minutes).isAfter(transition.getDateTimeAfter())) {
                return Optional.of(transition);
            }
        }
        return Optional.empty();
    }

    private static ShiftTemplate toTemplate(Long id, ShiftTemplateDraft draft, Long version) {
        Set<ForbiddenSuccessor> successors = draft.forbiddenSuccessorIds() == null ? Set.of()
                : draft.forbiddenSuccessorIds().stream().map(ForbiddenSuccessor::new).collect(Collectors.toSet());
        return new ShiftTemplate(id, draft.name(), draft.code(), draft.startTime(), draft.durationMinutes(),
                draft.skillId(), draft.days(), successors, version);
    }
}
