package kr.catalog.search.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The plain BM25 baseline: Lucene's default (standard) analyzer on title and description, the
 * query's words OR-ed over both fields, no boosts, no code or maker handling.
 */
final class BaselineBm25 implements AutoCloseable {

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String DESCRIPTION = "description";

  private final Directory directory = new ByteBuffersDirectory();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  BaselineBm25(List<IcecatCatalog.Record> records) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (IcecatCatalog.Record r : records) {
        Document doc = new Document();
        doc.add(new StoredField(ID, r.id()));
        doc.add(new TextField(TITLE, r.title(), Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, r.description(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** Ids of the top {@code k} documents. */
  List<String> search(String query, int k) throws IOException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {TITLE, DESCRIPTION}, analyzer);
    List<String> ids = new ArrayList<>();
    try {
      for (ScoreDoc sd : searcher.search(parser.parse(QueryParser.escape(query)), k).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(ID));
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException("unparsable query " + query, e);
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
