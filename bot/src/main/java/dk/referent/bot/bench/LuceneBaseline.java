package dk.referent.bot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The yardstick for the product's search: a plain in-process Lucene index of the same items (title and text, Danish
 * analysis, BM25 ranking), asked the same questions as they are typed — every word of the question a SHOULD term, top 5,
 * with the stored key of each hit read as an answer would. Used only by the benchmark; the product searches PostgreSQL.
 */
public final class LuceneBaseline implements AutoCloseable {

    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String KEY = "key";

    private final Analyzer analyzer = new DanishAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneBaseline(RealisticCorpus corpus) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (RealisticCorpus.Meeting meeting : corpus.meetings()) {
                for (RealisticCorpus.Item item : meeting.items()) {
                    Document doc = new Document();
                    doc.add(new StoredField(KEY, meeting.body() + " " + meeting.date() + " punkt " + item.number()));
                    doc.add(new TextField(TITLE, item.title(), Field.Store.NO));
                    // a closed item's content is not public, and the product does not search it for an unauthorised asker
                    if (!item.closed()) {
                        doc.add(new TextField(TEXT, item.text(), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** An index of {@code corpus}'s items, ready to search. */
    public static LuceneBaseline index(RealisticCorpus corpus) throws IOException {
        return new LuceneBaseline(corpus);
    }

    /** The question's top 5 items (at most); returns how many were found. */
    public int search(String question) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream(TEXT, question)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    query.add(new TermQuery(new Term(TITLE, term.toString())), BooleanClause.Occur.SHOULD);
                    query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                }
                tokens.end();
            }
            TopDocs top = searcher.search(query.build(), 5);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                stored.document(hit.doc).get(KEY);
            }
            return top.scoreDocs.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
