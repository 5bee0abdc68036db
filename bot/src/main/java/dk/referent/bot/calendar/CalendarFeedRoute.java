package dk.referent.bot.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /calendar/<token>.ics}, a route of Referent's one HTTP server: the feed with its ETag and Last-Modified,
 * or 304 when the poller's copy is current (calendar applications poll for hours on end, so an unchanged feed costs
 * a 304). An unknown, malformed or revoked token is a bare 404: whether a token ever existed is not said.
 */
public final class CalendarFeedRoute extends Handler.Abstract {

    /** The path spec the server mounts this route on. */
    public static final String PATHS = CalendarFeedService.PATH + "*";
    private static final String SUFFIX = ".ics";

    private final CalendarFeedService feeds;

    public CalendarFeedRoute(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return status(response, callback, 405);
        }
        String path = request.getHttpURI().getPath();
        String token = path.startsWith(CalendarFeedService.PATH) && path.endsWith(SUFFIX)
                ? path.substring(CalendarFeedService.PATH.length(), path.length() - SUFFIX.length()) : "";
        Optional<FeedResponse> feed = token.isEmpty() || token.contains("/") ? Optional.empty() : feeds.response(token);
        if (feed.isEmpty()) {
            return status(response, callback, 404);
        }
        FeedResponse f = feed.get();
        response.getHeaders().put(HttpHeader.ETAG, f.etag());
        response.getHeaders().put(HttpHeader.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(f.lastModified().atOffset(ZoneOffset.UTC)));
        // the token is in the URL: shared caches must not keep a copy
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private, no-cache");
        if (notModified(request, f)) {
            return status(response, callback, 304);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/calendar; charset=utf-8");
        if (method.equals("HEAD")) {
            callback.succeeded();
        } else {
            Content.Sink.write(response, true, f.body(), callback);
        }
        return true;
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
    static boolean notModified(Request request, FeedResponse feed) {
        String match = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        if (match != null) {
            return Arrays.stream(match.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(feed.etag()) || tag.equals("W/" + feed.etag()));
        }
        String since = request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        try {
            Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(since.strip(), Instant::from);
            return !feed.lastModified().isAfter(at);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean status(Response response, Callback callback, int status) {
        response.setStatus(status);
        callback.succeeded();
        return true;
    }
}
