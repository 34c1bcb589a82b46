package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** template.yaml routes to this handler exactly the routes it serves. */
class TemplateRoutesTest {
    @Test
    void functionEventsAndApiPathsAreTheHandlersRoutes() throws Exception {
        // short-form tags (!Ref, !If) are irrelevant to the parts read here; the YAML reader keeps their values
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(Path.of("template.yaml").toFile());
        JsonNode function = template.path("Resources").path("ScoresApiFunction").path("Properties");
        assertEquals(ScoresApiHandler.class.getName() + "::handleRequest", function.path("Handler").asText());
        Set<String> expected = Arrays.stream(Route.values()).map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> events = new TreeSet<>();
        function.path("Events").forEach(e -> {
            String path = e.path("Properties").path("Path").asText();
            // a catch-all route only brings unknown paths and methods to the handler's JSON 404/405
            if (!path.equals("$default")) {
                events.add(e.path("Properties").path("Method").asText().toUpperCase() + " " + path);
            }
        });
        assertEquals(expected, events);
        Set<String> declared = new TreeSet<>();
        template.path("Resources").path("ScoresApi").path("Properties").path("DefinitionBody").path("paths").properties().stream()
                .filter(p -> !p.getKey().equals("$default"))
                .forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> declared.add(m.toUpperCase() + " " + p.getKey())));
        assertEquals(expected, declared);
    }
}
