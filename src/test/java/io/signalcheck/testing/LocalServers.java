package io.signalcheck.testing;

import io.signalcheck.local.DynaliteServer;
import io.signalcheck.local.ManagedProcess;
import io.signalcheck.local.S3ProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3Proxy and one dynalite per test JVM, on free ports of 127.0.0.1, started on first use and stopped
 * at exit. A server that cannot start fails the test loudly (never a skip).
 */
public final class LocalServers {
    private static S3ProxyServer s3;
    private static DynaliteServer dynamo;
    private static Path root;

    private LocalServers() {}

    public static synchronized S3ProxyServer s3() {
        if (s3 == null) {
            try {
                s3 = S3ProxyServer.start(ManagedProcess.freePort(), root().resolve("s3"), root().resolve("s3proxy.log"));
            } catch (IOException e) {
                throw new UncheckedIOException("S3Proxy failed to start", e);
            }
        }
        return s3;
    }

    public static synchronized DynaliteServer dynamo() {
        if (dynamo == null) {
            try {
                dynamo = DynaliteServer.start(ManagedProcess.freePort(), null, root().resolve("dynalite.log"));
            } catch (IOException e) {
                throw new UncheckedIOException("dynalite failed to start", e);
            }
        }
        return dynamo;
    }

    public static S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(URI.create(s3().endpoint()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static DynamoDbClient dynamoClient() {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(dynamo().endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("signalcheck-servers");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }
}
