package org.permanence.staff;

import java.util.ArrayList;
import java.util.List;

import org.permanence.system.ConflictException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SkillService {

    private final SkillRepository skills;
    private final EmployeeRepository employees;
    private final List<SkillReferences> references;

    SkillService(SkillRepository skills, EmployeeRepository employees, List<SkillReferences> references) {
        this.skills = skills;
        this.employees = employees;
        this.references = references;
    }

    @Transactional(readOnly = true)
    public Page<Skill> list(int page, int size) {
        return skills.findAll(PageRequest.of(page, size, Sort.by("code")));
    }

    @Transactional(readOnly = true)
    public Skill get(long id) {
        return skills.findById(id).orElseThrow(() -> new NotFoundException("Skill", id));
    }

    @Transactional
    public Skill create(SkillDraft draft) {
        if (skills.existsByCode(draft.code())) {
            throw new ConflictException("code", "is already used by another skill");
        }
        return skills.save(new Skill(null, null, draft.code(), draft.name()));
    }

    @Transactional
    public Skill update(long id, SkillDraft draft) {
        Skill current = get(id);
        StaleVersionException.check("Skill", id, draft.version(), current.version());
        if (skills.existsByCodeAndIdNot(draft.code(), id)) {
            throw new ConflictException("code", "is already used by another skill");
        }
        return skills.save(new Skill(id, draft.version(), draft.code(), draft.name()));
    }

    /** Deletes a skill nobody holds and no other record refers to; otherwise the conflict names them all. */
    @Transactional
    public void delete(long id) {
        get(id);
        List<String> uses = new ArrayList<>();
        long holders = employees.countHoldersOfSkill(id);
        if (holders > 0) {
            uses.add("held by " + holders + " employee(s)");
        }
        List<String> referrers = references.stream().flatMap(reference -> reference.toSkill(id).stream()).toList();
        if (!referrers.isEmpty()) {
            uses.add("used by " + String.join(" and ", referrers));
        }
        if (!uses.isEmpty()) {
            throw new ConflictException("id", "skill is " + String.join(" and ", uses));
        }
        skills.deleteById(id);
    }
}
