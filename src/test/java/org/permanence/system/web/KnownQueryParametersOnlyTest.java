package org.permanence.system.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanence.system.FieldError;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which query parameters an endpoint takes, for each way Spring MVC binds them (no endpoint of the service has all).
 */
class KnownQueryParametersOnlyTest {

    record Period(LocalDate from, LocalDate to) {
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/things/{id}")
        void named(@PathVariable long id, @RequestParam("skill") Long skillFilter,
                @RequestParam(required = false) Integer page, String name) {
        }

        @GetMapping("/api/tags")
        void repeatable(@RequestParam List<String> tag, @RequestParam(required = false) Integer page) {
        }

        @GetMapping("/api/anything")
        void freeForm(@RequestParam Map<String, String> parameters) {
        }

        @GetMapping("/api/periods")
        void modelAttribute(@ModelAttribute Period period, @RequestParam(defaultValue = "0") int page) {
        }

        @PostMapping(path = "/api/solve", params = {"mode=repair", "!dryRun", "level!=0"})
        void condition(@RequestBody(required = false) String body) {
        }
    }

    static class NotAController {

        void handle() {
        }
    }

    private static KnownQueryParametersOnly interceptor;

    @BeforeAll
    static void argumentResolversOfSpringMvc() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setApplicationContext(context);
        adapter.afterPropertiesSet();
        interceptor = new KnownQueryParametersOnly(new StaticListableBeanFactory(Map.of("adapter", adapter))
                .getBeanProvider(RequestMappingHandlerAdapter.class));
    }

    @Test
    void requestParamsByTheirNameOrTheParameterNameAndSimpleParametersWithoutAnnotation() {
        assertPasses("named", "skill=1&page=2&name=Moreau&");
        assertRefused("named", "skillFilter=1&id=4", "skillFilter", "id");
        assertThat(refusal("named", "skillId=1")).isEqualTo(new FieldError("skillId",
                "is not a parameter of this endpoint; known: skill, page, name; did you mean skill?"));
    }

    @Test
    void aParameterIsGivenOnceUnlessItBindsToAList() {
        assertRefused("named", "skill=1&page=2&skill=3", "skill");
        assertThat(refusal("named", "page=1&page=2").reason()).isEqualTo("is given 2 times; give it once");
        assertPasses("repeatable", "tag=a&tag=b&page=1");
        assertRefused("repeatable", "tag=a&page=1&page=2", "page");
    }

    @Test
    void aHandlerTakingEveryParameterAsAMapIsNotChecked() {
        assertPasses("freeForm", "whatever=1&else=2");
    }

    @Test
    void aModelAttributeTakesItsPropertiesAndTheirNestedPaths() {
        assertPasses("modelAttribute", "from=2027-01-01&to=2027-01-31&page=1&from.year=2027");
        assertRefused("modelAttribute", "period=x&until=2027-01-31", "period", "until");
        assertThat(refusal("modelAttribute", "until=1").reason())
                .isEqualTo("is not a parameter of this endpoint; known: page, from, to");
    }

    @Test
    void theMappingsParamsConditionNamesParametersToo() {
        assertPasses("condition", "mode=repair&level=2");
        assertRefused("condition", "dryRun=true", "dryRun");
        assertThat(refusal("condition", "x=1").reason())
                .isEqualTo("is not a parameter of this endpoint; known: mode, level");
    }

    @Test
    void namesAreDecodedAsTheContainerDecodesThem() {
        assertPasses("named", "%73kill=1&na%6De=x");
        assertRefused("named", "ski+ll=1&bad%zz=1", "ski ll", "bad%zz");
    }

    @Test
    void aValueThatIsBlankOrCannotBeDecodedIsRefused() {
        assertThat(refusal("named", "skill=")).isEqualTo(new FieldError("skill",
                "must not be blank; leave the parameter out to give none"));
        assertRefused("named", "skill&page=+&name=%20", "skill", "page", "name");
        assertThat(refusal("named", "skill=2%ZZ")).isEqualTo(new FieldError("skill",
                "cannot be read: it is not valid percent-encoded UTF-8"));
        assertRefused("named", "skill=1&page=%2&name=%C3%28", "page", "name");
        assertRefused("repeatable", "tag=a&tag=", "tag");
        assertPasses("named", "skill=1&name=Garc%C3%ADa+Mor%C3%A9au");
        assertPasses("named", "skill=1&name=García");
    }

    @Test
    void onlyControllerMethodsWithAQueryAreChecked() throws Exception {
        HandlerMethod other = new HandlerMethod(new NotAController(), NotAController.class.getDeclaredMethod("handle"));
        assertThat(interceptor.preHandle(request("x=1"), new MockHttpServletResponse(), other)).isTrue();
        assertThat(interceptor.preHandle(request(null), new MockHttpServletResponse(), handler("named"))).isTrue();
        assertThat(interceptor.preHandle(request("x=1"), new MockHttpServletResponse(), new Object())).isTrue();
    }

    private static void assertPasses(String method, String query) {
        assertThat(interceptor.preHandle(request(query), new MockHttpServletResponse(), handler(method))).isTrue();
    }

    private static void assertRefused(String method, String query, String... fields) {
        assertThatThrownBy(() -> interceptor.preHandle(request(query), new MockHttpServletResponse(), handler(method)))
                .isInstanceOfSatisfying(RefusedQueryParametersException.class, refused -> assertThat(
                        refused.errors().stream().map(FieldError::field)).containsExactly(fields));
    }

    private static FieldError refusal(String method, String query) {
        try {
            interceptor.preHandle(request(query), new MockHttpServletResponse(), handler(method));
        } catch (RefusedQueryParametersException refused) {
            return refused.errors().get(0);
        }
        throw new AssertionError(query + " passed");
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
        request.setQueryString(query);
        return request;
    }

    private static HandlerMethod handler(String name) {
        return new HandlerMethod(new Endpoints(), Arrays.stream(Endpoints.class.getDeclaredMethods())
                .filter(method -> method.getName().equals(name)).findFirst().orElseThrow());
    }
}
