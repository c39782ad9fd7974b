package org.permanence.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.security.Access;
import org.permanence.staff.Skill;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.system.PageResponse;
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

@RestController
@RequestMapping("/api/skills")
class SkillController {

    private final SkillService skills;

    SkillController(SkillService skills) {
        this.skills = skills;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<Skill> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(skills.list(page, size), skill -> skill);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    Skill get(@PathVariable long id) {
        return skills.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    Skill create(@Valid @RequestBody SkillDraft draft) {
        return skills.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    Skill update(@PathVariable long id, @Valid @RequestBody SkillDraft draft) {
        return skills.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        skills.delete(id);
    }
}
