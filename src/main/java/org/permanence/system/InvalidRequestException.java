package org.permanence.system;

import java.util.List;

/**
 * The request is well-formed but breaks a business rule (unknown reference, end before start...):
 * answered with 422 naming each field.
 */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
