package org.permanence.system;

/** The client edited an older version than the stored one: answered with 409 and the current version. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String resource, Object id, long currentVersion) {
        super(resource + " " + id + " was changed meanwhile; current version is " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /**
     * Throws when {@code expected} (the version the client read) is missing (422) or is not the stored one (409).
     */
    public static void check(String resource, Object id, Long expected, Long current) {
        if (expected == null) {
            throw new InvalidRequestException("version", "is required to update; send the version you read");
        }
        if (!expected.equals(current)) {
            throw new StaleVersionException(resource, id, current == null ? 0 : current);
        }
    }
}
