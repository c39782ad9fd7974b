package org.permanence.system;

/**
 * The shape of names people read (employees, skills, contracts, shift templates): any letters, but one line, without
 * control characters, since names end up in exports, calendar events and explanations. For
 * {@code @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON)}.
 */
public final class DisplayName {

    public static final String PATTERN = "[^\\p{Cc}\\u2028\\u2029]*";
    public static final String REASON = "must not contain control characters or line breaks";

    private DisplayName() {
    }
}
