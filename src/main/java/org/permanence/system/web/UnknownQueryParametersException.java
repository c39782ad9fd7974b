package org.permanence.system.web;

import java.util.List;

import org.permanence.system.FieldError;

/** The query string holds parameters the endpoint does not take: answered with 400 naming each. */
class UnknownQueryParametersException extends RuntimeException {

    private final List<FieldError> errors;

    UnknownQueryParametersException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
