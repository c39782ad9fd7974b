package org.permanence.system;

/** The request clashes with existing data (duplicate value, still referenced): answered with 409. */
public class ConflictException extends RuntimeException {

    private final FieldError error;

    public ConflictException(String field, String reason) {
        super(field + ": " + reason);
        this.error = new FieldError(field, reason);
    }

    public FieldError error() {
        return error;
    }
}
