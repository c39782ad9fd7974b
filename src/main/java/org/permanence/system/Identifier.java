package org.permanence.system;

/**
 * The shape of codes clients, templates and needs refer to (skill and shift template codes): no whitespace (inside
 * or around them), no control characters and no invisible formatting ones (zero-width spaces, bidirectional
 * overrides), so that two codes that look alike are alike. For {@code @Pattern(regexp = Identifier.PATTERN, message
 * = Identifier.REASON)}.
 */
public final class Identifier {

    /** Whitespace and separators ({@code \p{Z}}), control ({@code \p{Cc}}) and format ({@code \p{Cf}}) characters. */
    public static final String PATTERN = "[^\\s\\p{Z}\\p{Cc}\\p{Cf}]*";
    public static final String REASON = "must not contain whitespace, control or invisible formatting characters";

    private Identifier() {
    }
}
