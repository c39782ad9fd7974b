package org.permanence.system;

/**
 * The shape of codes clients, templates and needs refer to (skill and shift template codes): no whitespace (inside
 * or around them), no control characters and no invisible formatting ones (zero-width spaces, bidirectional
 * overrides), so that two codes that look alike are alike; and no unpaired UTF-16 surrogate, which is no text at all
 * and which the database stores as another character, so that two codes collided. For
 * {@code @Pattern(regexp = Identifier.PATTERN, message = Identifier.REASON)}.
 */
public final class Identifier {

    /**
     * No whitespace and separators ({@code \p{Z}}), control ({@code \p{Cc}}) and format ({@code \p{Cf}}) characters
     * nor unpaired surrogates ({@code \p{Cs}}: a pair is one character to the pattern).
     */
    public static final String PATTERN = "[^\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{Cs}]*";
    public static final String REASON =
            "must not contain whitespace, control or invisible formatting characters or unpaired surrogates";

    private Identifier() {
    }
}
