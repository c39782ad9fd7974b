package org.permanence.demand;

import java.util.Optional;

/**
 * Records of a feature built on demand (rota shifts) that refer to shift templates and so keep them from being
 * deleted. That feature implements it, since demand cannot depend on it; a refused deletion names them all.
 */
public interface ShiftTemplateReferences {

    /** How many of these records refer to the template, e.g. "12 rota shifts"; empty when none does. */
    Optional<String> toShiftTemplate(long shiftTemplateId);
}
