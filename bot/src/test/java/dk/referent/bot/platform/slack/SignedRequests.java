package dk.referent.bot.platform.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Requests as Slack sends them: signed with the app's signing secret (v0 HMAC-SHA256 of timestamp and body). */
public final class SignedRequests {

    private SignedRequests() {
    }

    public static HttpResponse<String> post(HttpClient http, int port, String secret, String body, String contentType, long timestamp,
                                     boolean signed, int retry) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackEvents.PATH))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                // as HTTP clients do for large uploads (curl above 1 MB): ask first, so a refusal comes before the body is sent
                .expectContinue(body.length() > SlackEvents.MAX_BODY);
        if (signed) {
            r.header("X-Slack-Signature", signature(secret, timestamp, body));
        }
        if (retry > 0) {
            r.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signature(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }
}
