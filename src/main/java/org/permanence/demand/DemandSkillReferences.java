package org.permanence.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permanence.staff.SkillReferences;
import org.springframework.stereotype.Component;

/** Shift templates requiring a skill and staffing needs asking for it keep it from being deleted. */
@Component
class DemandSkillReferences implements SkillReferences {

    private final ShiftTemplateRepository templates;
    private final StaffingNeedRepository needs;

    DemandSkillReferences(ShiftTemplateRepository templates, StaffingNeedRepository needs) {
        this.templates = templates;
        this.needs = needs;
    }

    @Override
    public Optional<String> toSkill(long skillId) {
        List<String> uses = new ArrayList<>();
        long templateCount = templates.countBySkillId(skillId);
        if (templateCount > 0) {
            uses.add(templateCount + (templateCount == 1 ? " shift template" : " shift templates"));
        }
        long needCount = needs.countBySkillId(skillId);
        if (needCount > 0) {
            uses.add(needCount + (needCount == 1 ? " staffing need" : " staffing needs"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", uses));
    }
}
