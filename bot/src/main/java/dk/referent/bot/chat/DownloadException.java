package dk.referent.bot.chat;

import java.io.IOException;

/**
 * A file sent in chat that could not be fetched, said in Danish for the one who sent it (»den er over 20 MB«,
 * »Discord leverede den ikke inden for et minut«). Any other failure to fetch is unexpected and not shown as it is.
 */
public final class DownloadException extends IOException {

    public DownloadException(String danishReason) {
        super(danishReason);
    }
}
