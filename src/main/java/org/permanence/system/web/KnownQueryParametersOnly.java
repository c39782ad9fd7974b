package org.permanence.system.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.permanence.system.FieldError;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMapMethodArgumentResolver;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Refuses a request to {@code /api/**} whose query string holds a parameter its endpoint does not take (400 naming
 * each, with the names the endpoint knows): Spring MVC ignores such a parameter, so a misspelt or foreign list
 * filter ({@code skillId} where the filter is {@code skill}) answered unfiltered data. A parameter the endpoint takes
 * is refused the same way when it is given twice, when its value is blank ({@code skillId=}), which Spring MVC binds
 * as "not given", or when it is not valid percent-encoded UTF-8 ({@code skillId=2%ZZ}), which the servlet container
 * drops: either way {@code confirm?skillId=} confirmed the month for the whole helpline. Checked before the
 * controller runs, so a refused request changes nothing, and after every interceptor registered without an order,
 * the role check ({@code RolesBeforeBodies}) included, so a caller whose role may not call the endpoint still gets
 * 403.
 *
 * <p>An endpoint takes the parameters Spring MVC binds from the query, found with the resolvers that bind them:
 * its {@code @RequestParam}s (and simple parameters without annotation, which Spring binds alike), the properties
 * of a model attribute, and the names in its mapping's {@code params} condition ({@code mode=repair}). A handler
 * taking a {@code @RequestParam Map} takes anything and is not checked. (A {@code Pageable} would need its page,
 * size and sort names added here; no endpoint takes one.) Only query parameters count: form fields in a body are
 * neither read nor checked.
 */
@Configuration(proxyBeanMethods = false)
class KnownQueryParametersOnly implements WebMvcConfigurer, HandlerInterceptor {

    /** Nothing to check: the handler takes any parameter. */
    private static final Known ANYTHING = new Known(true, Set.of(), Set.of(), Set.of());

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final Map<Handler, Known> known = new ConcurrentHashMap<>();

    KnownQueryParametersOnly(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || !(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)) {
            return true;
        }
        Known endpoint = known.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
                key -> knownOf(method));
        List<FieldError> errors = new ArrayList<>();
        parameters(query).forEach((name, values) -> {
            if (!endpoint.takes(name)) {
                errors.add(new FieldError(name, endpoint.refusal(name)));
            } else if (values.size() > 1 && endpoint.names().contains(name) && !endpoint.repeatable().contains(name)) {
                errors.add(new FieldError(name, "is given " + values.size() + " times; give it once"));
            } else if (values.contains(null)) {
                errors.add(new FieldError(name, "cannot be read: it is not valid percent-encoded UTF-8"));
            } else if (values.stream().anyMatch(String::isBlank)) {
                errors.add(new FieldError(name, "must not be blank; leave the parameter out to give none"));
            }
        });
        if (!errors.isEmpty()) {
            throw new RefusedQueryParametersException(errors);
        }
        return true;
    }

    private Known knownOf(HandlerMethod method) {
        List<HandlerMethodArgumentResolver> resolvers = adapter.getObject().getArgumentResolvers();
        Set<String> names = new LinkedHashSet<>();
        Set<String> repeatable = new LinkedHashSet<>();
        Set<String> properties = new LinkedHashSet<>();
        for (MethodParameter declared : method.getMethodParameters()) {
            MethodParameter parameter = declared.clone();
            parameter.initParameterNameDiscovery(parameterNames);
            HandlerMethodArgumentResolver resolver = resolvers == null ? null : resolvers.stream()
                    .filter(candidate -> candidate.supportsParameter(parameter)).findFirst().orElse(null);
            if (resolver instanceof RequestParamMapMethodArgumentResolver) {
                return ANYTHING;
            }
            if (resolver instanceof RequestParamMethodArgumentResolver) {
                String name = requestParamName(parameter);
                if (name != null) {
                    names.add(name);
                    Class<?> type = parameter.getParameterType();
                    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                        repeatable.add(name);
                    }
                }
            } else if (resolver instanceof ModelAttributeMethodProcessor) {
                properties.addAll(propertiesOf(parameter.getParameterType()));
            }
        }
        names.addAll(conditionNames(method.getBeanType()));
        names.addAll(conditionNames(method.getMethod()));
        return new Known(false, names, repeatable, properties);
    }

    private static String requestParamName(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        return parameter.getParameterName();
    }

    /** What a model attribute binds: a record's components, a bean's properties. */
    private static Set<String> propertiesOf(Class<?> type) {
        Set<String> properties = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.add(component.getName());
            }
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (!property.getName().equals("class")) {
                properties.add(property.getName());
            }
        }
        return properties;
    }

    /**
     * Parameters a mapping's {@code params} condition demands ({@code mode=repair}, {@code mode!=full},
     * {@code mode}).
     */
    private static List<String> conditionNames(AnnotatedElement element) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(element, RequestMapping.class);
        if (mapping == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String condition : mapping.params()) {
            if (!condition.startsWith("!")) {
                int operator = condition.indexOf('=');
                int nameEnd = operator < 0 ? condition.length()
                        : operator > 0 && condition.charAt(operator - 1) == '!' ? operator - 1 : operator;
                names.add(condition.substring(0, nameEnd).strip());
            }
        }
        return names;
    }

    /**
     * The parameters of a query string by name, in their order, each with its values decoded as the servlet container
     * decodes them ({@code +} is a space, {@code %XX} a byte of UTF-8): null for a value that cannot be decoded. A
     * name that cannot be decoded is kept as it is written.
     */
    static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isEmpty()) {
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.computeIfAbsent(decode(name).orElse(name), key -> new ArrayList<>())
                        .add(decode(value).orElse(null));
            }
        }
        return parameters;
    }

    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int at = 0;
        while (at < encoded.length()) {
            char c = encoded.charAt(at);
            if (c == '%') {
                int high = at + 2 < encoded.length() ? Character.digit(encoded.charAt(at + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(at + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                at += 3;
            } else if (c == '+') {
                bytes.write(' ');
                at++;
            } else {
                int end = at;
                while (end < encoded.length() && encoded.charAt(end) != '%' && encoded.charAt(end) != '+') {
                    end++;
                }
                bytes.writeBytes(encoded.substring(at, end).getBytes(StandardCharsets.UTF_8));
                at = end;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    private record Handler(Class<?> beanType, Method method) {
    }

    /**
     * The query parameters one handler takes: {@code names} exactly (given once, unless {@code repeatable}: bound
     * to a list or an array), and the properties of a model attribute together with their nested paths
     * ({@code period.from}, {@code ids[0]}).
     */
    private record Known(boolean anything, Set<String> names, Set<String> repeatable, Set<String> properties) {

        boolean takes(String name) {
            return anything || names.contains(name) || properties.contains(root(name));
        }

        String refusal(String name) {
            List<String> all = new ArrayList<>(names);
            all.addAll(properties);
            if (all.isEmpty()) {
                return "is not a parameter of this endpoint, which takes none";
            }
            String reason = "is not a parameter of this endpoint; known: " + String.join(", ", all);
            return all.stream().filter(known -> sameConcept(known, name)).findFirst()
                    .map(known -> reason + "; did you mean " + known + "?").orElse(reason);
        }

        private static String root(String name) {
            int end = name.length();
            for (char separator : new char[] {'.', '['}) {
                int at = name.indexOf(separator);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return name.substring(0, end);
        }

        /** {@code skill} and {@code skillId}, {@code employeeID} and {@code employeeId}: one filter under two names. */
        private static boolean sameConcept(String known, String unknown) {
            return stem(known).equals(stem(unknown));
        }

        private static String stem(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith("id") && lower.length() > 2 ? lower.substring(0, lower.length() - 2) : lower;
        }
    }
}
