package org.permanence.rota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxDays longest planning period a rota may cover */
@ConfigurationProperties("permanence.rota")
public record RotaProperties(@DefaultValue("62") int maxDays) {
}
