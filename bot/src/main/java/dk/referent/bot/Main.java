package dk.referent.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.CommandLineFactory;
import dk.referent.minutes.referat.ReferatParser;

/** The composition root: builds everything with plain constructors and runs the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ReferatParser parser = new ReferatParser();
        ObjectMapper mapper = new ObjectMapper();
        int code = CommandLineFactory.create(parser, mapper).execute(args);
        System.exit(code);
    }
}
