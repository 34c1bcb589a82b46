package io.signalcheck.local;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK clients for the local endpoints: dummy credentials test/test, us-east-1, path-style S3. */
final class LocalClients {
    private LocalClients() {}

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY));
    }

    static S3Client s3(String endpoint) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                .region(Region.of(LocalConfig.REGION)).credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static DynamoDbClient dynamo(String endpoint) {
        return DynamoDbClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.of(LocalConfig.REGION)).credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
