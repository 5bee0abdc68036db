package dk.referent.bot.chat;

import java.io.IOException;

/** A file's content, fetched from the platform only when Referent reads it (never for someone who may not send files). */
@FunctionalInterface
public interface Download {

    byte[] bytes() throws IOException;
}
