package org.permanence.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The container forwards here the errors raised outside Spring MVC (an exception in a filter, an error status the
 * container sets): they are answered with a problem detail like every other refusal, never with Spring Boot's own
 * error body. A request for {@code /error} itself reports no error: it is a 404, where Spring Boot's answered a 500
 * with status 999 in its body.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = {
            MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object forwardedStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = forwardedStatus instanceof Integer code && HttpStatus.resolve(code) != null
                && code >= 400 ? HttpStatus.valueOf(code) : forwardedStatus == null ? HttpStatus.NOT_FOUND
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object forwardedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        instance(forwardedUri instanceof String uri ? uri : request.getRequestURI()).ifPresent(problem::setInstance);
        if (status == HttpStatus.NOT_FOUND && forwardedStatus == null) {
            problem.setDetail("No resource at " + request.getRequestURI());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path the firewall rejected may not be a URI at all. */
    private static Optional<URI> instance(String path) {
        try {
            return Optional.of(new URI(path));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }
}
