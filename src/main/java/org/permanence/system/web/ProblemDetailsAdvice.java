package org.permanence.system.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refused request into an RFC 7807 {@code application/problem+json} answer. Problems about
 * particular fields list them in an {@code errors} array of {@code {field, reason}}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** Unique keys are named {@code uq_<table>__<column>} so a duplicate can name the offending field. */
    private static final Pattern UNIQUE_KEY = Pattern.compile("Duplicate entry .* for key '(?:[^.']*\\.)?uq_[a-z0-9_]+?__([a-z0-9_]+)'");

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of(e.error()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Business rule violated", describe(e.errors()), e.errors());
    }

    /** Raised by {@link KnownQueryParametersOnly} before the controller runs. */
    @ExceptionHandler(RefusedQueryParametersException.class)
    ProblemDetail refusedQueryParameters(RefusedQueryParametersException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(e.errors()), e.errors());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Stale version", e.getMessage(),
                List.of(new FieldError("version", "is not the current version " + e.currentVersion())));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Stale version", "The resource was changed meanwhile; reload it",
                List.of(new FieldError("version", "is not the current version")));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        Matcher key = UNIQUE_KEY.matcher(message);
        String field = key.find() ? camelCase(key.group(1)) : "unknown";
        return problem(HttpStatus.CONFLICT, "Conflict", "A value must be unique",
                List.of(new FieldError(field, "is already used")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The change would break a reference between records (is it still in use?)", List.of());
    }

    /** Spring Data JDBC wraps the database's answer; judge it by its cause. */
    @ExceptionHandler(DbActionExecutionException.class)
    ProblemDetail dbAction(DbActionExecutionException e) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof OptimisticLockingFailureException optimistic) {
            return concurrentUpdate(optimistic);
        }
        if (cause instanceof DuplicateKeyException duplicate) {
            return duplicate(duplicate);
        }
        if (cause instanceof DataIntegrityViolationException integrity) {
            return integrity(integrity);
        }
        return unexpected(e);
    }

    /**
     * Anything else is a fault of the service: logged with its stack, answered as a problem that shows no internals.
     * Access refusals go on to the security filters (401/403), a client that went away needs no answer.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException
                || e instanceof AsyncRequestNotUsableException) {
            throw e;
        }
        log.error("Unexpected error while answering a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The service failed to answer this request; the error is in its log", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            // A request body validated next to other parameters: name its fields, not the parameter.
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error ->
                        errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
                body.getGlobalErrors().forEach(error ->
                        errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(
                        new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        }
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "unknown" : e.getPropertyName();
        String reason = e.getMostSpecificCause() instanceof SupportedDatesInUrls.UnsupportedYearException unsupported
                ? unsupported.getMessage() : expectation(e.getRequiredType());
        return invalidRequest(List.of(new FieldError(field, reason)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        JsonStreamContext duplicate = duplicateField(e.getCause());
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            errors.add(new FieldError(path(unknown), "is not a known field; known fields: "
                    + knownFields(unknown)));
        } else if (e.getCause() instanceof SupportedDatesModule.UnsupportedDateException unsupported) {
            errors.add(new FieldError(path(unsupported), unsupported.getOriginalMessage()));
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            errors.add(new FieldError(path(mismatch), expectation(mismatch.getTargetType())));
        } else if (duplicate != null) {
            errors.add(new FieldError(path(duplicate), "is given more than once; give it once"));
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors.add(new FieldError(path(mapping), "cannot be read"));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                errors.isEmpty() ? unreadableBody(e) : describe(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = List.of(new FieldError(e.getParameterName(), "is required"));
        return invalidRequest(errors);
    }

    private static ResponseEntity<Object> invalidRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(errors), errors));
    }

    /** What is wrong with a body as a whole: missing, of the wrong JSON type, or not JSON at all. */
    private static String unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> expected = mismatch.getTargetType();
            boolean array = expected.isArray() || Collection.class.isAssignableFrom(expected);
            return "The request body must be a JSON " + (array ? "array" : "object");
        }
        if (e.getCause() == null && String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            return "The request body is missing";
        }
        return "The request body is not valid JSON";
    }

    /** How Jackson's parser starts the message of a field given twice in one object. */
    private static final String DUPLICATE_FIELD = "Duplicate field";

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
            BigDecimal.class);
    private static final Set<Class<?>> INSTANTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    /** What a value of the wrong type should have been, in the terms of the API rather than of Java. */
    private static String expectation(@Nullable Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date such as 2026-12-24";
        }
        if (INSTANTS.contains(type)) {
            return "must be an ISO-8601 instant such as 2026-12-24T08:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be an ISO-8601 date and time such as 2026-12-24T08:00:00";
        }
        if (type == LocalTime.class) {
            return "must be a time of day such as 08:00";
        }
        if (type == YearMonth.class) {
            return "must be a month such as 2026-12";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be a JSON object";
        }
        return "has a value of the wrong type";
    }

    private static String knownFields(UnrecognizedPropertyException unknown) {
        return unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Where the parser stood when it met a field a second time in one object, or null when that is not the problem; a
     * deserializer of a list or an object around it wraps the parser's exception.
     */
    @Nullable
    private static JsonStreamContext duplicateField(@Nullable Throwable cause) {
        for (Throwable at = cause; at != null; at = at.getCause()) {
            if (at instanceof StreamReadException read && read.getProcessor() != null
                    && String.valueOf(read.getOriginalMessage()).startsWith(DUPLICATE_FIELD)) {
                return read.getProcessor().getParsingContext();
            }
        }
        return null;
    }

    /** Where a parser stopped: the field it read last, with the fields and array indexes around it. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                parts.push((at.getParent() == null || at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.reason()).collect(Collectors.joining("; "));
    }

    private static String camelCase(String snakeCase) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : snakeCase.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}
