package org.permanence.rota;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.staff.StaffDirectory;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Rota periods and their shifts. */
@Service
@EnableConfigurationProperties(RotaProperties.class)
public class Rotas {

    private static final String RESOURCE = "Rota";

    private final RotaRepository rotas;
    private final RotaShiftRepository shifts;
    private final RotaProperties properties;
    private final ShiftTemplates templates;
    private final StaffDirectory staff;
    private final HelplineProperties helpline;

    Rotas(RotaRepository rotas, RotaShiftRepository shifts, RotaProperties properties, ShiftTemplates templates,
            StaffDirectory staff, HelplineProperties helpline) {
        this.rotas = rotas;
        this.shifts = shifts;
        this.properties = properties;
        this.templates = templates;
        this.staff = staff;
        this.helpline = helpline;
    }

    /** Rotas of one status (null: all), latest period first. */
    @Transactional(readOnly = true)
    public Page<Rota> page(RotaStatus status, int page, int size) {
        PageRequest pageRequest = PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("firstDate"), Sort.Order.asc("id")));
        return status == null ? rotas.findAll(pageRequest) : rotas.findByStatus(status, pageRequest);
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
        requireNoPublishedOverlap(rota);
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
        requireNoPublishedOverlap(changed);
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

    /**
     * Locks the rota until the transaction ends, so that work that must see the rota as the last writer left it
     * (publishing its next version) runs one transaction at a time. Unknown rota: 404.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long id) {
        if (rotas.lockById(id) == 0) {
            throw new NotFoundException(RESOURCE, id);
        }
    }

    /** Records that the rota has been published; its draft may still be changed and published again. */
    @Transactional
    public Rota markPublished(long id) {
        Rota rota = get(id);
        return rota.status() == RotaStatus.PUBLISHED ? rota
                : rotas.save(new Rota(id, rota.name(), rota.firstDate(), rota.lastDate(), RotaStatus.PUBLISHED,
                        rota.version()));
    }

    /** Adds a shift of a template on a date of the period, assigned to an employee or (null) open. */
    @Transactional
    public RotaShift addShift(long rotaId, Long employeeId, long shiftTemplateId, LocalDate date) {
        Rota rota = get(rotaId);
        if (date.isBefore(rota.firstDate()) || date.isAfter(rota.lastDate())) {
            throw new InvalidRequestException("date", "must be within the rota period " + rota.firstDate()
                    + ".." + rota.lastDate());
        }
        if (employeeId != null && staff.employee(employeeId).filter(member -> member.employedOn(date)).isEmpty()) {
            throw new InvalidRequestException("employeeId", "no employee " + employeeId + " employed on " + date);
        }
        ShiftTemplate template = workedTemplate(shiftTemplateId, date);
        return shifts.save(new RotaShift(null, rotaId, employeeId, shiftTemplateId, date,
                template.startOn(date, helpline.zone()), template.endOn(date, helpline.zone()), false, null));
    }

    /**
     * The employee's shift of the rota on {@code date} other than {@code exceptShiftId} (null: any): the model plans
     * one shift per employee and day, so a second one is refused wherever shifts change hands.
     */
    @Transactional(readOnly = true)
    public Optional<RotaShift> otherShiftOn(long rotaId, long employeeId, LocalDate date, Long exceptShiftId) {
        return shifts(rotaId).stream()
                .filter(other -> !Objects.equals(other.id(), exceptShiftId)
                        && Objects.equals(other.employeeId(), employeeId) && other.shiftDate().equals(date))
                .findFirst();
    }

    /**
     * Another shift of the employee in the rota, other than those of {@code exceptShiftIds} (the ones leaving them),
     * whose time overlaps {@code start..end}: wherever a shift changes hands or times, one that would overlap is
     * refused.
     */
    @Transactional(readOnly = true)
    public Optional<RotaShift> overlappingShift(long rotaId, long employeeId, Instant start, Instant end,
            Set<Long> exceptShiftIds) {
        return shifts(rotaId).stream()
                .filter(other -> !exceptShiftIds.contains(other.id()) && Objects.equals(other.employeeId(), employeeId)
                        && other.startsAt().isBefore(end) && other.endsAt().isAfter(start))
                .findFirst();
    }

    /** One shift of the rota. */
    @Transactional(readOnly = true)
    public RotaShift shift(long rotaId, long shiftId) {
        return shifts.findById(shiftId).filter(shift -> shift.rotaId() == rotaId)
                .orElseThrow(() -> new NotFoundException("Rota shift", rotaId + "/" + shiftId));
    }

    /**
     * Starts an edit of the rota's shifts: checks the version the client read and bumps it. The bump holds the
     * rota's row lock until the transaction ends, so of two edits made from the same version only one passes.
     */
    @Transactional
    public Rota claimEdit(long id, Long expectedVersion) {
        Rota current = get(id);
        StaleVersionException.check(RESOURCE, id, expectedVersion, current.version());
        return rotas.save(current);
    }

    /** Gives a shift another employee (null: open), template or pin; its real times follow the template. */
    @Transactional
    public RotaShift changeShift(long rotaId, long shiftId, Long employeeId, long shiftTemplateId, boolean pinned) {
        return changeShift(rotaId, shiftId, employeeId, shiftTemplateId, pinned, null, null);
    }

    /**
     * Gives a shift another employee (null: open), template, pin or times. Null times are the template's on the
     * shift's date; other times make it hand-timed: they must start on the shift's local date, end after the start
     * within 24 hours, and be local times the zone resolves unambiguously (not inside the hour repeated when the
     * clocks go back), so the plan reproduces them exactly.
     */
    @Transactional
    public RotaShift changeShift(long rotaId, long shiftId, Long employeeId, long shiftTemplateId, boolean pinned,
            Instant startsAt, Instant endsAt) {
        RotaShift current = shift(rotaId, shiftId);
        LocalDate date = current.shiftDate();
        if (employeeId != null && staff.employee(employeeId).filter(member -> member.employedOn(date)).isEmpty()) {
            throw new InvalidRequestException("employeeId", "no employee " + employeeId + " employed on " + date);
        }
        ShiftTemplate template = workedTemplate(shiftTemplateId, date);
        ZoneId zone = helpline.zone();
        Instant start = startsAt == null ? template.startOn(date, zone) : startsAt;
        Instant end = endsAt == null ? template.endOn(date, zone) : endsAt;
        if (startsAt != null || endsAt != null) {
            requireValidTimes(date, start, end);
        }
        return shifts.save(new RotaShift(shiftId, rotaId, employeeId, shiftTemplateId, date, start, end, pinned,
                current.version()));
    }

    /** The template, if it exists and is worked on {@code date}'s day of the week (422 naming shiftTemplateId). */
    private ShiftTemplate workedTemplate(long shiftTemplateId, LocalDate date) {
        ShiftTemplate template = templates.find(shiftTemplateId)
                .orElseThrow(() -> new InvalidRequestException("shiftTemplateId", "unknown shift template"));
        if (!template.workedOn(date)) {
            throw new InvalidRequestException("shiftTemplateId", template.code() + " is worked on " + template.days()
                    + " days only, not on " + date.getDayOfWeek() + " " + date);
        }
        return template;
    }

    /** The checks {@link #changeShift} makes on a shift's own times, as 422 naming {@code start} or {@code end}. */
    public void requireValidTimes(LocalDate date, Instant start, Instant end) {
        ZoneId zone = helpline.zone();
        List<FieldError> errors = new ArrayList<>();
        LocalDateTime localStart = LocalDateTime.ofInstant(start, zone);
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, zone);
        if (!isWholeMinute(start)) {
            errors.add(new FieldError("start", "must be a whole minute (no seconds), like the shift templates"));
        } else if (!localStart.toLocalDate().equals(date)) {
            errors.add(new FieldError("start", "must be on the shift's local date " + date + " (" + zone
                    + "), is " + localStart));
        } else if (inRepeatedHour(localStart, zone)) {
            errors.add(new FieldError("start", "falls in the hour repeated when the clocks go back; choose "
                    + "another minute"));
        }
        if (!isWholeMinute(end)) {
            errors.add(new FieldError("end", "must be a whole minute (no seconds), like the shift templates"));
        } else if (!end.isAfter(start)) {
            errors.add(new FieldError("end", "must be after start " + start));
        } else if (Duration.between(start, end).compareTo(Duration.ofHours(24)) > 0
                || Duration.between(localStart, localEnd).compareTo(Duration.ofHours(24)) > 0) {
            errors.add(new FieldError("end", "a shift lasts at most 24 hours"));
        } else if (inRepeatedHour(localEnd, zone)) {
            errors.add(new FieldError("end", "falls in the hour repeated when the clocks go back; choose "
                    + "another minute"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static boolean isWholeMinute(Instant instant) {
        return instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0;
    }

    /** Both the summer and the winter time of the hour the clocks go back through: a local time naming two instants. */
    private static boolean inRepeatedHour(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).size() > 1;
    }

    @Transactional
    public void deleteShift(long rotaId, long shiftId) {
        shifts.delete(shift(rotaId, shiftId));
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

    /**
     * Locks the rota until the transaction ends, like {@link #lock}, after checking that no other published rota
     * shares a day with it: each rota plans every employee, so two published rotas of one day would book the same
     * people twice (and payroll would import both). 409 naming {@code rota} if one does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForPublishing(long id) {
        rotas.lockPeriods();
        lock(id);
        Rota rota = get(id);
        rotas.findPublishedOverlapping(rota.firstDate(), rota.lastDate(), id).stream().findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("rota", overlapReason(other));
                });
    }

    /** The days of {@code [from, to]} that belong to a published rota other than {@code exceptId}. */
    Set<LocalDate> publishedDays(LocalDate from, LocalDate to, long exceptId) {
        Set<LocalDate> days = new HashSet<>();
        if (!to.isBefore(from)) {
            for (Rota published : rotas.findPublishedOverlapping(from, to, exceptId)) {
                published.firstDate().datesUntil(published.lastDate().plusDays(1)).forEach(days::add);
            }
        }
        return days;
    }

    /**
     * A draft may share days with other drafts (alternatives to choose from), not with a published rota (see
     * {@link #lockForPublishing}). Changes of periods and publishing are serialised by one lock for the check to hold.
     */
    private void requireNoPublishedOverlap(Rota rota) {
        rotas.lockPeriods();
        rotas.findPublishedOverlapping(rota.firstDate(), rota.lastDate(), rota.id() == null ? -1 : rota.id())
                .stream().findFirst().ifPresent(other -> {
                    throw new ConflictException(other.firstDate().isAfter(rota.firstDate()) ? "lastDate"
                            : "firstDate", overlapReason(other));
                });
    }

    private static String overlapReason(Rota published) {
        return "the period shares days with published rota " + published.id() + " '" + published.name() + "' ("
                + published.firstDate() + ".." + published.lastDate() + "); change that rota instead";
    }

    private static void requireDraft(Rota rota) {
        if (rota.status() != RotaStatus.DRAFT) {
            throw new ConflictException("status", "only a DRAFT rota can be changed, this one is " + rota.status());
        }
    }
}
