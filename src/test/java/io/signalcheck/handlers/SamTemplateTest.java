package io.signalcheck.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.signalcheck.store.ScoresTable;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/**
 * template.yaml is valid SAM (against the SAM JSON Schema in ../shared) and agrees with the code: handlers exist
 * and are RequestHandlers, every variable a handler reads is set, policies name only this bucket and table,
 * failed events have somewhere to go, and the table is the one {@link ScoresTable} creates locally.
 */
class SamTemplateTest {
    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void load() throws Exception {
        template = CloudFormationYaml.read(Path.of("template.yaml"));
        resources = template.get("Resources");
    }

    private static JsonNode resource(String name) {
        JsonNode r = resources.get(name);
        assertNotNull(r, "template has no resource " + name);
        return r;
    }

    private static List<String> resourcesOfType(String type) {
        List<String> names = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    @Test
    void validatesAgainstTheSamSchema() throws Exception {
        Path schemaFile = Path.of(System.getProperty("signalcheck.shared.dir", "../shared"), "data/sam/schema.json");
        assertTrue(Files.isRegularFile(schemaFile), "SAM schema not found at " + schemaFile.toAbsolutePath());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        Schema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = registry.getSchema(in);
        }
        List<Error> errors = schema.validate(template);
        assertTrue(errors.isEmpty(), () -> "template.yaml is not valid SAM:\n" + errors);
    }

    @Test
    void theSchemaCheckCatchesAMistake() throws Exception {
        // guards the test above against passing vacuously: a misspelt property must be reported
        Path schemaFile = Path.of(System.getProperty("signalcheck.shared.dir", "../shared"), "data/sam/schema.json");
        Schema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        JsonNode broken = template.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("Resources").get("ScoringFunction")
                .get("Properties")).put("Handlr", "typo");
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void everyFunctionHandlerIsARequestHandlerInTheJar() throws Exception {
        List<String> functions = resourcesOfType("AWS::Serverless::Function");
        assertEquals(Set.of("ScoringFunction", "ScoresApiFunction"), new HashSet<>(functions));
        for (String fn : functions) {
            String handler = resource(fn).get("Properties").get("Handler").asText();
            String[] parts = handler.split("::");
            assertEquals(2, parts.length, fn + " handler must be Class::method");
            Class<?> type = handlerClass(fn, parts[0]);
            assertTrue(RequestHandler.class.isAssignableFrom(type), parts[0] + " must implement RequestHandler");
            assertEquals("handleRequest", parts[1]);
            type.getConstructor(); // Lambda needs a public no-arg constructor
        }
        assertEquals("io.signalcheck.handlers.S3ScoringHandler::handleRequest",
                resource("ScoringFunction").get("Properties").get("Handler").asText());
    }

    private static Class<?> handlerClass(String function, String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("template.yaml: " + function + " names handler class " + name
                    + ", which is not in the build", e);
        }
    }

    @Test
    void everyVariableAHandlerReadsIsSetForItsFunction() throws Exception {
        for (String fn : resourcesOfType("AWS::Serverless::Function")) {
            JsonNode props = resource(fn).get("Properties");
            Class<?> type = handlerClass(fn, props.get("Handler").asText().split("::")[0]);
            Field f;
            try {
                f = type.getField("ENVIRONMENT");
            } catch (NoSuchFieldException e) {
                throw new AssertionError(type.getName() + " must declare public static final List<String> ENVIRONMENT"
                        + " naming every environment variable it reads (AWS_* SDK variables aside)", e);
            }
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) f.get(null);
            JsonNode vars = props.path("Environment").path("Variables");
            for (String name : names) {
                assertTrue(vars.has(name), fn + " does not set " + name + " read by " + type.getSimpleName());
            }
        }
        assertEquals(List.of("SCORES_TABLE", "MAX_OBJECT_BYTES", "ARTICLES_BUCKET"), S3ScoringHandler.ENVIRONMENT);
    }

    @Test
    void sampleEnvVarsNameOnlyFunctionsAndVariablesTheTemplateDeclares() throws Exception {
        // sam local --env-vars overrides only variables the template declares; anything else is silently dropped
        JsonNode env = new ObjectMapper().readTree(Path.of("events/env.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> fn = it.next();
            JsonNode vars = resource(fn.getKey()).get("Properties").path("Environment").path("Variables");
            fn.getValue().fieldNames().forEachRemaining(name ->
                    assertTrue(vars.has(name), "events/env.json sets " + name + " that " + fn.getKey() + " does not declare"));
        }
    }

    @Test
    void policiesNameOnlyThisBucketAndThisTable() {
        JsonNode bucketName = resource("ArticlesBucket").get("Properties").get("BucketName");
        JsonNode tableRef = new ObjectMapper().createObjectNode().put("Ref", "ScoresTable");
        Map<String, Set<String>> expected = Map.of(
                "ScoringFunction", Set.of("S3ReadPolicy", "Statement"),
                "ScoresApiFunction", Set.of("DynamoDBReadPolicy"));
        for (String fn : resourcesOfType("AWS::Serverless::Function")) {
            Set<String> seen = new HashSet<>();
            for (JsonNode policy : resource(fn).get("Properties").get("Policies")) {
                assertTrue(policy.isObject(), fn + ": managed or inline policies by name are not allowed: " + policy);
                String templateName = policy.fieldNames().next();
                seen.add(templateName);
                JsonNode args = policy.get(templateName);
                if (templateName.startsWith("S3")) {
                    assertEquals(bucketName, args.get("BucketName"), fn + " S3 policy must name the articles bucket");
                } else if (templateName.equals("Statement")) {
                    // inline statements: DynamoDB item writes/reads on the scores table's own ARN, nothing else
                    for (JsonNode st : args) {
                        assertEquals("Allow", st.get("Effect").asText());
                        assertEquals(Set.of("dynamodb:PutItem", "dynamodb:GetItem"), new HashSet<>(strings(st.get("Action"))),
                                fn + " inline actions");
                        assertEquals("ScoresTable", st.get("Resource").get("Fn::GetAtt").get(0).asText(),
                                fn + " inline statement must name the scores table");
                    }
                } else if (templateName.startsWith("DynamoDB")) {
                    assertEquals(tableRef, args.get("TableName"), fn + " DynamoDB policy must name the scores table");
                } else {
                    fail(fn + " has an unexpected policy " + templateName);
                }
            }
            assertEquals(expected.get(fn), seen, fn + " policies");
        }
        List<String> wildcards = new ArrayList<>();
        findWildcardResources(template, "", wildcards);
        assertTrue(wildcards.isEmpty(), "'*' resources in " + wildcards);
        // the bucket name is built with !Sub, never !Ref ArticlesBucket (that would be a circular dependency)
        assertTrue(bucketName.has("Fn::Sub"));
        assertEquals(bucketName, resource("ScoringFunction").get("Properties").get("Environment").get("Variables")
                .get("ARTICLES_BUCKET"));
    }

    private static void findWildcardResources(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (e.getKey().equals("Resource") && (v.isTextual() && v.asText().equals("*")
                        || v.isArray() && v.toString().contains("\"*\""))) {
                    out.add(path + "/" + e.getKey());
                }
                findWildcardResources(v, path + "/" + e.getKey(), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findWildcardResources(node.get(i), path + "/" + i, out);
            }
        }
    }

    @Test
    void failedScoringEventsGoToAQueueAfterBoundedRetries() {
        JsonNode cfg = resource("ScoringFunction").get("Properties").get("EventInvokeConfig");
        assertTrue(cfg.get("MaximumRetryAttempts").asInt() >= 1 && cfg.get("MaximumRetryAttempts").asInt() <= 2);
        assertTrue(cfg.get("MaximumEventAgeInSeconds").asInt() >= 60);
        JsonNode onFailure = cfg.get("DestinationConfig").get("OnFailure");
        assertEquals("SQS", onFailure.get("Type").asText());
        String queue = onFailure.get("Destination").get("Fn::GetAtt").get(0).asText();
        assertEquals("AWS::SQS::Queue", resource(queue).get("Type").asText());
    }

    @Test
    void theBucketIsPrivateEncryptedTlsOnlyAndTriggersTheScoringFunction() {
        JsonNode bucket = resource("ArticlesBucket").get("Properties");
        JsonNode block = bucket.get("PublicAccessBlockConfiguration");
        for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertTrue(block.get(flag).asBoolean(), flag);
        }
        assertNotNull(bucket.get("BucketEncryption"));
        JsonNode statement = resource("ArticlesBucketPolicy").get("Properties").get("PolicyDocument").get("Statement").get(0);
        assertEquals("Deny", statement.get("Effect").asText());
        assertEquals("false", statement.get("Condition").get("Bool").get("aws:SecureTransport").asText());

        Set<String> events = new TreeSet<>();
        resource("ScoringFunction").get("Properties").get("Events").forEach(e -> {
            assertEquals("S3", e.get("Type").asText());
            assertEquals("ArticlesBucket", e.get("Properties").get("Bucket").get("Ref").asText());
            events.add(e.get("Properties").get("Events").asText());
        });
        assertEquals(Set.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), events);
    }

    @Test
    void theTableIsTheOneTheStoreCreatesLocally() {
        JsonNode table = resource("ScoresTable").get("Properties");
        CreateTableRequest code = ScoresTable.definition("ignored");
        assertEquals("PAY_PER_REQUEST", table.get("BillingMode").asText());
        assertTrue(table.get("PointInTimeRecoverySpecification").get("PointInTimeRecoveryEnabled").asBoolean());
        assertTrue(table.get("SSESpecification").get("SSEEnabled").asBoolean());

        Map<String, String> attributes = new HashMap<>();
        table.get("AttributeDefinitions").forEach(a -> attributes.put(a.get("AttributeName").asText(), a.get("AttributeType").asText()));
        Map<String, String> codeAttributes = new HashMap<>();
        code.attributeDefinitions().forEach(a -> codeAttributes.put(a.attributeName(), a.attributeTypeAsString()));
        assertEquals(codeAttributes, attributes);
        assertEquals(keySchema(code.keySchema()), keySchema(table.get("KeySchema")));

        Map<String, String> templateIndexes = new HashMap<>();
        table.get("GlobalSecondaryIndexes").forEach(i -> templateIndexes.put(i.get("IndexName").asText(),
                keySchema(i.get("KeySchema")) + " " + i.get("Projection").get("ProjectionType").asText() + " "
                        + new TreeSet<>(strings(i.get("Projection").path("NonKeyAttributes")))));
        Map<String, String> codeIndexes = new HashMap<>();
        for (GlobalSecondaryIndex i : code.globalSecondaryIndexes()) {
            codeIndexes.put(i.indexName(), keySchema(i.keySchema()) + " " + i.projection().projectionTypeAsString()
                    + " " + new TreeSet<>(i.projection().nonKeyAttributes()));
        }
        assertEquals(codeIndexes, templateIndexes);
    }

    private static String keySchema(JsonNode keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(k.get("AttributeName").asText() + ":" + k.get("KeyType").asText()));
        return out.toString();
    }

    private static String keySchema(List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(k.attributeName() + ":" + k.keyTypeAsString()));
        return out.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theApiHasTheThreeRoutesPlusAFallbackIamAuthByDefaultAndThrottling() {
        Set<String> routes = new TreeSet<>();
        resource("ScoresApiFunction").get("Properties").get("Events").forEach(e -> {
            assertEquals("HttpApi", e.get("Type").asText());
            assertEquals("ScoresApi", e.get("Properties").get("ApiId").get("Ref").asText());
            routes.add(e.get("Properties").get("Method").asText() + " " + e.get("Properties").get("Path").asText());
        });
        // the $default fallback sends unknown paths/methods to the handler for its JSON 404/405
        assertEquals(Set.of("GET /scores", "GET /scores/{key+}", "POST /score", "ANY $default"), routes);

        JsonNode api = resource("ScoresApi").get("Properties");
        Set<String> declared = new TreeSet<>();
        api.get("DefinitionBody").get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().equals("x-amazon-apigateway-any-method") ? "ANY" : m.getKey();
            declared.add(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
            JsonNode security = m.getValue().get("security").get("Fn::If");
            assertEquals("UseIamAuth", security.get(0).asText(), p.getKey() + " auth must follow ApiAuth");
            assertTrue(security.get(1).toString().contains("sigv4"));
        }));
        assertEquals(routes, declared);
        JsonNode sigv4 = api.get("DefinitionBody").get("components").get("securitySchemes").get("sigv4");
        assertEquals("awsSigv4", sigv4.get("x-amazon-apigateway-authtype").asText());
        assertEquals("IAM", template.get("Parameters").get("ApiAuth").get("Default").asText());
        assertEquals("IAM", template.get("Conditions").get("UseIamAuth").get("Fn::Equals").get(1).asText());
        assertNotNull(api.get("DefaultRouteSettings").get("ThrottlingRateLimit"));
        assertNotNull(api.get("DefaultRouteSettings").get("ThrottlingBurstLimit"));

        JsonNode key = template.get("Parameters").get("PageTokenKey");
        assertTrue(key.get("NoEcho").asBoolean());
        assertTrue(key.get("MinLength").asInt() >= 32);
        assertNotNull(template.get("Outputs").get("ApiUrl"));
    }

    @Test
    void functionsLogJsonOnAJavaRuntimeFromTheBuiltJar() {
        JsonNode globals = template.get("Globals").get("Function");
        assertEquals("JSON", globals.get("LoggingConfig").get("LogFormat").asText());
        assertTrue(globals.get("Runtime").asText().startsWith("java"));
        assertNotEquals("java17", globals.get("Runtime").asText(), "java17 (Amazon Linux 2) no longer accepts new functions");
        assertEquals("target/signalcheck.jar", globals.get("CodeUri").asText());
        for (String output : List.of("ApiUrl", "ArticlesBucketName", "ScoresTableName")) {
            assertNotNull(template.get("Outputs").get(output), output);
        }
    }
}
