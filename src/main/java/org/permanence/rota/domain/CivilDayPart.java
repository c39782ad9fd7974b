package org.permanence.rota.domain;

/** The minutes of a shift that fall on one civil day (day index within the rota, may be one past the last day). */
public record CivilDayPart(int dayIndex, int weekIndex, int minutes) {
}
