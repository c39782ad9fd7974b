package org.permanence.demand;

import org.permanence.staff.StaffDirectory;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Staffing needs (weekly pattern and date rows) and the days staffed like another day. */
@Service
public class StaffingNeeds {

    private static final String NEED = "Staffing need";
    private static final String OVERRIDE = "Day override";

    private final StaffingNeedRepository needs;
    private final DayOverrideRepository overrides;
    private final StaffDirectory staff;
    private final DemandProperties properties;
    private final ZoneId zone;

    StaffingNeeds(StaffingNeedRepository needs, DayOverrideRepository overrides, StaffDirectory staff,
            DemandProperties properties, HelplineProperties helpline) {
        this.needs = needs;
        this.overrides = overrides;
        this.staff = staff;
        this.properties = properties;
        this.zone = helpline.zone();
    }

    /**
     * Needs of one skill (null: all), by skill, days, date and start time. An unknown skill is refused (422, naming
     * the {@code skill} filter) rather than answered with an empty page.
     */
    @Transactional(readOnly = true)
    public Page<StaffingNeed> page(Long skillId, int page, int size) {
        if (skillId != null && staff.skill(skillId).isEmpty()) {
            throw new InvalidRequestException("skill", "is not a known skill: " + skillId);
        }
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("skillId", "days", "onDate", "startTime", "id"));
        return skillId == null ? needs.findAll(pageRequest) : needs.findBySkillId(skillId, pageRequest);
    }

    @Transactional(readOnly = true)
    public StaffingNeed get(long id) {
        return needs.findById(id).orElseThrow(() -> new NotFoundException(NEED, id));
    }

    @Transactional
    public StaffingNeed create(StaffingNeedDraft draft) {
        validate(draft);
        return needs.save(toNeed(null, draft, null));
    }

    @Transactional
    public StaffingNeed update(long id, StaffingNeedDraft draft, Long expectedVersion) {
        StaffingNeed current = get(id);
        StaleVersionException.check(NEED, id, expectedVersion, current.version());
        validate(draft);
        return needs.save(toNeed(id, draft, current.version()));
    }

    @Transactional
    public void delete(long id) {
        needs.delete(get(id));
    }

    /**
     * Derives the needs of {@code skillId} from a call forecast, for the weekly {@code days} or for {@code onDate}.
     * With {@code store} they replace the skill's existing rows for those days or that date.
     */
    @Transactional
    public ForecastResult forecast(long skillId, DayPattern days, LocalDate onDate, ForecastStaffing staffing,
            List<ForecastInterval> forecast, boolean store) {
        if ((days == null) == (onDate == null)) {
            throw new InvalidRequestException("days", "give exactly one of days and onDate");
        }
        requireSkill(skillId);
        requireDisjoint(forecast, staffing.interval());
        requireTrafficWithinLimit(forecast, staffing.interval());
        if (onDate != null) {
            requireExistingLocalTimes(forecast, onDate);
        }
        List<IntervalStaffing> intervals = staffing.estimate(forecast);
        requireStaffingWithinLimit(intervals);
        List<StaffingNeed> derived = onDate != null
                ? ForecastStaffing.dateNeeds(skillId, onDate, intervals)
                : ForecastStaffing.weeklyNeeds(skillId, days, intervals);
        if (store) {
            if (onDate != null) {
                needs.deleteOnDate(skillId, onDate);
            } else {
                needs.deleteWeekly(skillId, days.name());
            }
            derived = needs.saveAll(derived);
        }
        return new ForecastResult(intervals, derived, store);
    }

    private void requireTrafficWithinLimit(List<ForecastInterval> forecast, Duration intervalLength) {
        for (int i = 0; i < forecast.size(); i++) {
            ForecastInterval interval = forecast.get(i);
            double traffic = ErlangC.traffic(interval.calls(), interval.averageHandlingTime(), intervalLength);
            if (traffic > properties.maxTrafficErlangs()) {
                throw new InvalidRequestException("intervals[" + i + "].calls", String.format(Locale.ROOT,
                        "offer %.0f Erlangs of traffic with their handling time, above the %.0f this service plans "
                                + "for (permanence.demand.max-traffic-erlangs)", traffic, properties.maxTrafficErlangs()));
            }
        }
    }

    private void requireStaffingWithinLimit(List<IntervalStaffing> intervals) {
        for (int i = 0; i < intervals.size(); i++) {
            int scheduled = intervals.get(i).estimate().scheduled();
            if (scheduled > StaffingNeed.MAX_REQUIRED) {
                throw new InvalidRequestException("intervals[" + i + "].calls", "need " + scheduled
                        + " people scheduled, more than the " + StaffingNeed.MAX_REQUIRED + " a staffing need holds");
            }
        }
    }

    /** On a spring-forward date an interval starting in the skipped hour would lose its calls without a word. */
    private void requireExistingLocalTimes(List<ForecastInterval> forecast, LocalDate onDate) {
        for (int i = 0; i < forecast.size(); i++) {
            LocalTime start = forecast.get(i).start();
            if (zone.getRules().getValidOffsets(onDate.atTime(start)).isEmpty()) {
                throw new InvalidRequestException("intervals[" + i + "].start", start + " does not exist on "
                        + onDate + " in " + zone + " (the clocks go forward); forecast that day's calls on the"
                        + " hours it has");
            }
        }
    }

    /** Two forecast intervals of one day that overlap would count their calls twice in the same minutes. */
    private static void requireDisjoint(List<ForecastInterval> forecast, Duration intervalLength) {
        int minutesPerDay = 24 * 60;
        long length = intervalLength.toMinutes();
        if (forecast.size() * length > minutesPerDay) {
            throw new InvalidRequestException("intervals", forecast.size() + " intervals of " + length
                    + " minutes do not fit in one day");
        }
        for (int later = 0; later < forecast.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                int gap = Math.floorMod(forecast.get(later).start().toSecondOfDay() / 60
                        - forecast.get(earlier).start().toSecondOfDay() / 60, minutesPerDay);
                if (gap < length || minutesPerDay - gap < length) {
                    throw new InvalidRequestException("intervals[" + later + "].start", "overlaps intervals["
                            + earlier + "] (" + forecast.get(earlier).start() + ", " + length + " minutes)");
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<DayOverride> overrides() {
        return overrides.findAll(Sort.by("overrideDate"));
    }

    @Transactional(readOnly = true)
    public DayOverride override(long id) {
        return overrides.findById(id).orElseThrow(() -> new NotFoundException(OVERRIDE, id));
    }

    @Transactional
    public DayOverride createOverride(LocalDate date, DayOfWeek staffedAs, String reason) {
        return saveOverride(new DayOverride(null, date, staffedAs, reason, null));
    }

    @Transactional
    public DayOverride updateOverride(long id, LocalDate date, DayOfWeek staffedAs, String reason,
            Long expectedVersion) {
        DayOverride current = override(id);
        StaleVersionException.check(OVERRIDE, id, expectedVersion, current.version());
        return saveOverride(new DayOverride(id, date, staffedAs, reason, current.version()));
    }

    @Transactional
    public void deleteOverride(long id) {
        overrides.delete(override(id));
    }

    /** One override per date (409 naming date; two saved at once meet the unique key instead). */
    private DayOverride saveOverride(DayOverride override) {
        overrides.findByOverrideDate(override.overrideDate())
                .filter(existing -> !existing.id().equals(override.id()))
                .ifPresent(existing -> {
                    throw new ConflictException("date", "already has a day override (id " + existing.id()
                            + ", staffed as " + existing.staffedAs() + ")");
                });
        return overrides.save(override);
    }

    private void validate(StaffingNeedDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (staff.skill(draft.skillId()).isEmpty()) {
            errors.add(new FieldError("skillId", "is not a known skill: " + draft.skillId()));
        }
        if ((draft.days() == null) == (draft.onDate() == null)) {
            errors.add(new FieldError("days", "exactly one of days and onDate must be given"));
        }
        if (draft.startTime() != null && draft.startTime().equals(draft.endTime())) {
            errors.add(new FieldError("endTime", "must differ from startTime (an earlier time ends the next day)"));
        }
        if (draft.onDate() != null && draft.startTime() != null && draft.endTime() != null) {
            LocalDate endDate = draft.endTime().isAfter(draft.startTime()) ? draft.onDate() : draft.onDate().plusDays(1);
            skippedByTheClocks("startTime", draft.onDate(), draft.startTime()).ifPresent(errors::add);
            skippedByTheClocks("endTime", endDate, draft.endTime()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A date row's time in the hour the clocks skip would silently move an hour later. */
    private Optional<FieldError> skippedByTheClocks(String field, LocalDate date, LocalTime time) {
        return zone.getRules().getValidOffsets(date.atTime(time)).isEmpty()
                ? Optional.of(new FieldError(field, time + " does not exist on " + date + " in " + zone
                        + " (the clocks go forward)"))
                : Optional.empty();
    }

    private void requireSkill(long skillId) {
        if (staff.skill(skillId).isEmpty()) {
            throw new InvalidRequestException("skillId", "is not a known skill: " + skillId);
        }
    }

    private static StaffingNeed toNeed(Long id, StaffingNeedDraft draft, Long version) {
        return new StaffingNeed(id, draft.skillId(), draft.days(), draft.onDate(), draft.startTime(),
                draft.endTime(), draft.required(), version);
    }
}
