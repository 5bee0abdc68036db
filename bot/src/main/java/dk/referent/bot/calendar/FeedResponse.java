package dk.referent.bot.calendar;

import java.time.Instant;

/**
 * A feed as an HTTP route will serve it: the iCalendar text, a strong ETag derived from that text and the newest
 * change as Last-Modified, so a poller's conditional request can be answered 304 without a body.
 */
public record FeedResponse(String body, String etag, Instant lastModified) {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
}
