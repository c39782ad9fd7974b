package org.permanence.system.web;

import java.util.List;

import org.permanence.system.FieldError;

/** The query string holds parameters the endpoint does not take, or gives one more than once: a 400 naming each. */
class RefusedQueryParametersException extends RuntimeException {

    private final List<FieldError> errors;

    RefusedQueryParametersException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
