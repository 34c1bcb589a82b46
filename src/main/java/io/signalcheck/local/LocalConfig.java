package io.signalcheck.local;

import java.nio.file.Path;

/**
 * Settings of `signalcheck local`. A port of 0 picks a free one. {@code dynamoEndpoint} non-null means an
 * external DynamoDB-compatible server (AWS_ENDPOINT_URL_DYNAMODB) is used and dynalite is not started.
 */
public record LocalConfig(Path dataDir, int s3Port, int apiPort, int dynamoPort, String bucket, String table,
                          boolean reset, String dynamoEndpoint) {
    public static final String REGION = "us-east-1";
}
