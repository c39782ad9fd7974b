package org.permanence.payroll;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The longest time entries accepted: anything longer is taken for a typing error (a wrong year or month) that would
 * otherwise add hundreds of hours to the payroll.
 *
 * @param maxWorkedLength  longest WORKED entry; 24 h, as the rota's own cap on a shift
 * @param maxAbsenceLength longest ABSENCE entry; an absence counts its elapsed hours, so a long one is usually a
 *                         mistake too, but a month lets HR record a stretch away at once when that is what they mean
 */
@ConfigurationProperties("permanence.time-entries")
public record TimeEntryProperties(
        @DefaultValue("24h") Duration maxWorkedLength,
        @DefaultValue("31d") Duration maxAbsenceLength) {
}
