package org.permanence.demand.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.demand.ForecastResult;
import org.permanence.demand.StaffingNeeds;
import org.permanence.demand.StaffingRequirement;
import org.permanence.demand.StaffingRequirements;
import org.permanence.security.Access;
import org.permanence.system.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/staffing-needs")
class StaffingNeedController {

    private final StaffingNeeds needs;
    private final StaffingRequirements requirements;

    StaffingNeedController(StaffingNeeds needs, StaffingRequirements requirements) {
        this.needs = needs;
        this.requirements = requirements;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<StaffingNeedResponse> list(@RequestParam(required = false) Long skill,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(needs.page(skill, page, size), StaffingNeedResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    StaffingNeedResponse get(@PathVariable long id) {
        return StaffingNeedResponse.of(needs.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    StaffingNeedResponse create(@Valid @RequestBody StaffingNeedRequest request) {
        return StaffingNeedResponse.of(needs.create(request.toDraft()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    StaffingNeedResponse update(@PathVariable long id, @Valid @RequestBody StaffingNeedRequest request) {
        return StaffingNeedResponse.of(needs.update(id, request.toDraft(), request.version()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        needs.delete(id);
    }

    /** The needs expanded into slots for the dates from..to (the night starting on {@code to} included). */
    @GetMapping("/requirements")
    @PreAuthorize(Access.PLANNING_READ)
    List<StaffingRequirement> requirements(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long skill) {
        return skill == null ? requirements.forPeriod(from, to) : requirements.forPeriod(from, to, skill);
    }

    /** Erlang C staffing for a call forecast; with {@code store} the result replaces the skill's needs. */
    @PostMapping("/forecast")
    @PreAuthorize(Access.PLANNING_WRITE)
    ForecastResponse forecast(@Valid @RequestBody ForecastRequest request) {
        ForecastResult result = needs.forecast(request.skillId(), request.days(), request.onDate(),
                request.staffing(), request.forecast(), request.store());
        return new ForecastResponse(result.intervals().stream().map(ForecastResponse.IntervalResult::of).toList(),
                result.needs().stream().map(StaffingNeedResponse::of).toList(), result.stored());
    }

    @GetMapping("/day-overrides")
    @PreAuthorize(Access.PLANNING_READ)
    List<DayOverrideResponse> overrides() {
        return needs.overrides().stream().map(DayOverrideResponse::of).toList();
    }

    @GetMapping("/day-overrides/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    DayOverrideResponse override(@PathVariable long id) {
        return DayOverrideResponse.of(needs.override(id));
    }

    @PostMapping("/day-overrides")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    DayOverrideResponse createOverride(@Valid @RequestBody DayOverrideRequest request) {
        return DayOverrideResponse.of(needs.createOverride(request.date(), request.staffedAs(), request.reason()));
    }

    @PutMapping("/day-overrides/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    DayOverrideResponse updateOverride(@PathVariable long id, @Valid @RequestBody DayOverrideRequest request) {
        return DayOverrideResponse.of(needs.updateOverride(id, request.date(), request.staffedAs(), request.reason(),
                request.version()));
    }

    @DeleteMapping("/day-overrides/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void deleteOverride(@PathVariable long id) {
        needs.deleteOverride(id);
    }
}
