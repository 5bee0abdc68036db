package dk.referent.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping on a small corpus: what is stored, indexed and counted (never how fast). */
class AskBenchmarkTest {

    @Test
    void storesEveryItemThroughTheProductAndAsksBothEnginesTheSameQuestions() throws Exception {
        RealMinutes real = RealMinutes.read(List.of(Path.of("..", "samples", "Referat Direktionen 2024-09-16.md"),
                Path.of("..", "samples", "Referat Direktionen 2023-05-08.md")), new ReferatParser(), skipped -> { });
        QuestionParser parser = new QuestionParser(QuestionParser.loadGlossary(), new DanishTemporalParser());
        try (TestDatabases.FreshDatabase fresh = TestDatabases.fresh()) {
            AskBenchmark.Report report = new AskBenchmark(parser, Clock.systemUTC())
                    .run(fresh.database(), real, new AskBenchmark.Options(300, 40, 5, 1), message -> { });

            assertEquals(300, report.corpus().items());
            assertEquals(300, fresh.database().dsl().fetchCount(fresh.database().dsl().selectFrom("agenda_item")
                    .where("search IS NOT NULL AND title_search IS NOT NULL")));
            assertEquals(report.corpus().meetings(), fresh.database().dsl().fetchCount(fresh.database().dsl().selectFrom("meeting")));
            assertEquals(40, report.answerable() + report.unanswerable());
            // BM25 finds any item with a question word, and answerable questions have title words of an item (all but
            // compounds and some inflections, which Lucene's Danish stemmer does not take apart)
            assertTrue(report.lucene().answered() >= 0.8 * report.answerable(), report.lucene() + " of " + report.answerable());
            assertTrue(report.product().answered() > 0, "the product found nothing: the items are not searchable");
            // the slowest questions name where the p95 comes from: five of the asked ones, slowest first, the slowest the max
            assertEquals(5, report.slowest().size());
            assertEquals(report.product().latency().max(), report.slowest().get(0).millis(), 1e-9);
            for (int k = 1; k < 5; k++) {
                assertTrue(report.slowest().get(k).millis() <= report.slowest().get(k - 1).millis(), report.slowest().toString());
            }

            StringWriter printed = new StringWriter();
            AskBenchmark.print(report, new PrintWriter(printed, true));
            assertTrue(printed.toString().contains("ratio Referent p95 / Lucene p95"), printed.toString());
        }
    }
}
