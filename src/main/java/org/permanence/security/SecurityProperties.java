package org.permanence.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength    log2 of the BCrypt work factor for stored passwords
 * @param minPasswordLength fewest characters a password set over the API may have
 */
@ConfigurationProperties("permanence.security")
record SecurityProperties(@DefaultValue("10") int bcryptStrength, @DefaultValue("12") int minPasswordLength) {
}
