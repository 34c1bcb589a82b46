package io.signalcheck.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation/SAM YAML template into JSON, turning the short-form intrinsic tags ({@code !Ref},
 * {@code !GetAtt A.B}, {@code !Sub}, {@code !If}...) into their long form ({@code {"Ref": ...}},
 * {@code {"Fn::GetAtt": [A, B]}}), which is what the SAM JSON Schema and any JSON tooling expect.
 */
final class CloudFormationYaml {
    private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs",
            "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
            "ToJsonString", "Length");

    private CloudFormationYaml() {}

    static JsonNode read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new IntrinsicConstructor(options));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object tree = yaml.load(r);
            return new ObjectMapper().valueToTree(tree);
        }
    }

    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            for (String fn : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + fn), new LongForm("Fn::" + fn));
            }
        }

        private final class LongForm extends AbstractConstruct {
            private final String name;

            LongForm(String name) {
                this.name = name;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    String text = constructScalar(scalar);
                    // !GetAtt Resource.Attribute is the one short form whose long form is a list
                    value = name.equals("Fn::GetAtt") ? List.of(text.split("\\.", 2)) : text;
                } else if (node instanceof SequenceNode seq) {
                    value = constructSequence(seq);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(name, value);
                return out;
            }
        }
    }
}
