package org.permanence.security.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} role rule before Spring MVC reads and validates the request
 * body: a caller whose role may not call the method gets a 403, never a 400 that lists the fields it got wrong. The
 * method security still checks the same rule when the method runs. The rules name roles only (see
 * {@link org.permanence.security.Access}), so they need no method arguments.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBodies implements WebMvcConfigurer, HandlerInterceptor {

    private final MethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<Method, Expression> rules = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
            if (rule != null) {
                Expression expression = rules.computeIfAbsent(method.getMethod(),
                        key -> expressions.getExpressionParser().parseExpression(rule.value()));
                EvaluationContext context = expressions.createEvaluationContext(
                        () -> SecurityContextHolder.getContext().getAuthentication(),
                        new SimpleMethodInvocation(method.getBean(), method.getMethod()));
                if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
                    throw new AccessDeniedException("Access Denied");
                }
            }
        }
        return true;
    }
}
