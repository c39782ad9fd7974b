package org.permanence.system;

/** One offending request field and why it was refused, as listed in a problem detail's {@code errors}. */
public record FieldError(String field, String reason) {
}
