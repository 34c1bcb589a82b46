package io.signalcheck.local;

import java.nio.file.Path;

/**
 * Settings of `signalcheck local`. A port of 0 picks a free one. {@code dynamoEndpoint} non-null means an
 * external DynamoDB-compatible server (AWS_ENDPOINT_URL_DYNAMODB) is used and dynalite is not started.
 */
public record LocalConfig(Path dataDir, int s3Port, int apiPort, int dynamoPort, String bucket, String table,
                          boolean reset, String dynamoEndpoint) {
    public static final String REGION = "us-east-1";
    /** Largest object the scoring handler reads, as in the Lambda (10 MB). */
    public static final long MAX_OBJECT_BYTES = 10L * 1024 * 1024;
    /** Largest POST /score body, the synchronous Lambda invocation payload limit (6 MB). */
    public static final long MAX_BODY_BYTES = 6L * 1024 * 1024;
}
