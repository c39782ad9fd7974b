package org.permanence.staff;

import java.util.Optional;

/**
 * Records of a feature built on staff (shift templates, staffing needs) that refer to skills and so keep them from
 * being deleted. That feature implements it, since staff cannot depend on it; a refused deletion names them all.
 */
public interface SkillReferences {

    /** How many of these records refer to the skill, e.g. "2 shift templates"; empty when none does. */
    Optional<String> toSkill(long skillId);
}
