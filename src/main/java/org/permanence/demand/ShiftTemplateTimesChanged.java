package org.permanence.demand;

/** Published, in the transaction of the edit, when a template's start time or length changes. */
public record ShiftTemplateTimesChanged(ShiftTemplate before, ShiftTemplate after) {
}
