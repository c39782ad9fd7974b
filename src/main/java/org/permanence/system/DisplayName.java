package org.permanence.system;

/**
 * The shape of names people read (employees, skills, contracts, shift templates, rotas, payroll rule sets): any
 * letters, but one line, without control characters, since names end up in exports, calendar events and
 * explanations, and without an unpaired UTF-16 surrogate, which is no text and which the database stores as another
 * character. For {@code @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON)}.
 */
public final class DisplayName {

    public static final String PATTERN = "[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*";
    public static final String REASON = "must not contain control characters, line breaks or unpaired surrogates";

    private DisplayName() {
    }
}
