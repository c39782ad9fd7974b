package org.permanence.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * HTTP Basic over a stateless API. The filter chain only demands a signed-in user; roles are checked on each
 * controller method ({@code @PreAuthorize}). Health, the OpenAPI document and Swagger UI are public so a browser
 * can show the API before signing in; secret calendar links carry their own credential in the URL.
 */
@Configuration(proxyBeanMethods = false)
class HttpSecurityConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The methods {@link org.springframework.security.web.firewall.StrictHttpFirewall} lets through by default. */
    private static final List<String> FIREWALL_METHODS =
            List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/calendar/*.ics").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, exception) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Permanence\"");
                    writeProblem(request, response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic authentication");
                }))
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler((request, response, exception) ->
                                writeProblem(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this")))
                .build();
    }

    /**
     * Requests the firewall refuses get a problem detail too: a method it does not let through (TRACE, or one of no
     * standard) is a 405, a URL with an empty path segment, an encoded slash or percent sign... a 400.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> {
            if (!FIREWALL_METHODS.contains(request.getMethod())) {
                response.setHeader("Allow", String.join(", ", FIREWALL_METHODS));
                writeProblem(request, response, HttpStatus.METHOD_NOT_ALLOWED,
                        "The HTTP method " + request.getMethod() + " is not allowed");
                return;
            }
            writeProblem(request, response, HttpStatus.BAD_REQUEST, "The request URL is refused: it holds an empty"
                    + " path segment or an encoded character that is not allowed");
        };
    }

    /**
     * Written here, before Spring MVC: the same fields as every other problem, the request's path as instance (the
     * path that failed, when the container forwarded the request to its error page).
     */
    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.put("instance", failedPath instanceof String path ? path : request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), problem);
    }
}
