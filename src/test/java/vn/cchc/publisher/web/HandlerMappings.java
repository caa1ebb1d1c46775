package vn.cchc.publisher.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the running application, read from all its {@link RequestMappingHandlerMapping}
 * beans, so that a test over "every page and endpoint" also covers those added later.
 */
public final class HandlerMappings {

    /** The public pages and endpoints: everything else needs a signed-in user. */
    public static final List<String> PUBLIC = List.of("/login", "/site", "/api/openapi", "/actuator/health", "/error");

    private HandlerMappings() {}

    /**
     * One path pattern with one method.
     *
     * @param pattern e.g. {@code /api/publications/{id}}
     * @param method GET, POST, …; GET when the mapping takes any method
     */
    public record Endpoint(String pattern, String method) {

        /**
         * The pattern with every variable filled with a dummy value that names nothing that exists:
         * {@code /api/publications/999999}.
         */
        public String path() {
            return pattern.replaceAll("\\{\\*[^}]+}", "x")
                    .replaceAll("\\{[^}]+}", "999999")
                    .replace("/**", "/x")
                    .replace("*", "x");
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        /** Whether it is one of the documented public ones ({@link #PUBLIC}). */
        public boolean isPublic() {
            return PUBLIC.stream()
                    .anyMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/") || pattern.startsWith(p + "."));
        }
    }

    /** Every endpoint, sorted by pattern then method. */
    public static List<Endpoint> all(ApplicationContext context) {
        Set<Endpoint> endpoints =
                new TreeSet<>(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(pattern, "GET"));
                    }
                    for (RequestMethod method : methods) {
                        endpoints.add(new Endpoint(pattern, method.name()));
                    }
                }
            }
        }
        return new ArrayList<>(endpoints);
    }
}
