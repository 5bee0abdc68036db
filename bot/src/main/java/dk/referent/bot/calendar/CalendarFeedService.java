package dk.referent.bot.calendar;

import dk.referent.persistence.CalendarFeeds;
import dk.referent.persistence.CalendarFeeds.Entry;
import dk.referent.persistence.CalendarFeeds.Feed;
import dk.referent.persistence.CalendarFeeds.Meeting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A token to its feed's response, and a feed's address: what the HTTP route and the commands share. */
public final class CalendarFeedService {

    /** Where feeds are served under {@code REFERENT_PUBLIC_URL}. */
    public static final String PATH = "/calendar/";

    private final CalendarFeeds feeds;
    private final CalendarFeed renderer;

    public CalendarFeedService(CalendarFeeds feeds, CalendarFeed renderer) {
        this.feeds = feeds;
        this.renderer = renderer;
    }

    /** The feed of a live token; empty when the token is unknown or revoked. */
    public Optional<FeedResponse> response(String token) {
        return feeds.byToken(token).map(issued -> {
            Feed feed = issued.feed();
            List<Entry> entries = feeds.entries(feed);
            List<Meeting> meetings = feed.kind() == CalendarFeeds.Kind.BODY ? feeds.meetings(feed.subject()) : List.of();
            String body = renderer.render(name(feed), entries, meetings);
            // HTTP dates have whole seconds; a finer Last-Modified would never compare equal to If-Modified-Since
            Instant newest = Stream.concat(entries.stream().map(Entry::changed), meetings.stream().map(Meeting::imported))
                    .max(Instant::compareTo).orElse(issued.createdAt()).truncatedTo(ChronoUnit.SECONDS);
            return new FeedResponse(body, etag(body), newest);
        });
    }

    /** The path of a token's feed, below the public address. */
    public static String path(String token) {
        return PATH + token + ".ics";
    }

    /** The whole link under {@code publicUrl} (REFERENT_PUBLIC_URL), or only the path when that is not set. */
    public static String link(String publicUrl, String token) {
        String base = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        return base + path(token);
    }

    /** The feed's name in the calendar application, in Danish. */
    static String name(Feed feed) {
        return switch (feed.kind()) {
            case PERSON -> "Referent – frister for " + feed.subject();
            case BODY -> "Referent – " + feed.subject();
            case ALL -> "Referent – alle frister";
        };
    }

    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
