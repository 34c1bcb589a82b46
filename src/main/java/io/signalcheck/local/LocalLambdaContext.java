package io.signalcheck.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The Lambda context a handler sees when `local` invokes it in-process: a name, a request id, a logger. */
final class LocalLambdaContext implements Context {
    private static final long TIMEOUT_MILLIS = 15 * 60 * 1000L;
    private final String functionName;
    private final String requestId;
    private final long deadline;
    private final LambdaLogger logger;

    LocalLambdaContext(String functionName, String requestId, PrintStream log) {
        this.functionName = functionName;
        this.requestId = requestId;
        this.deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.println("[" + functionName + "] " + message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + functionName; }
    @Override public String getLogStreamName() { return "local"; }
    @Override public String getFunctionName() { return functionName; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline - System.currentTimeMillis());
    }
    @Override public int getMemoryLimitInMB() { return (int) (Runtime.getRuntime().maxMemory() >> 20); }
    @Override public LambdaLogger getLogger() { return logger; }
}
