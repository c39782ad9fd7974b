package org.permanence.demand;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param slotLength     length of the slots staffing needs are expanded into
 * @param maxPeriodDays  longest period one requirements query may expand
 * @param maxTrafficErlangs most traffic one forecast interval may offer (calls × handling time / interval): well
 *                       above any helpline, and it keeps the Erlang C search for agents short
 */
@ConfigurationProperties("permanence.demand")
public record DemandProperties(@DefaultValue("30m") Duration slotLength, @DefaultValue("93") int maxPeriodDays,
        @DefaultValue("10000") double maxTrafficErlangs) {
}
