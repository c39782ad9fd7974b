package org.permanence.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that apply to the whole helpline.
 *
 * @param zone the zone rotas are planned in; instants are stored in UTC and shown in this zone
 */
@ConfigurationProperties("permanence")
public record HelplineProperties(@DefaultValue("Europe/Paris") ZoneId zone) {
}
