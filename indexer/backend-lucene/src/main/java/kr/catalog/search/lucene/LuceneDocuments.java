package kr.catalog.search.lucene;

import java.util.Map;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** {@link IndexedProduct} to Lucene {@link Document}, with the reason for each field type. */
final class LuceneDocuments {

  /**
   * Pre-analysed text: terms with frequencies and norms for BM25, no positions (no phrase queries
   * are run; positions would only grow the index). Tokenised by the whitespace analyzer of the
   * writer, exactly as Elasticsearch's {@code whitespace} analyzer does.
   */
  static final FieldType TEXT = textType();

  private LuceneDocuments() {}

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setStored(false);
    type.freeze();
    return type;
  }

  static Document toDocument(IndexedProduct p) {
    Document doc = new Document();
    for (Map.Entry<String, String> text : p.text().entrySet()) {
      if (!text.getValue().isEmpty()) {
        doc.add(new Field(text.getKey(), text.getValue(), TEXT));
      }
    }
    // Code key: indexed for exact and prefix lookup, sorted doc values as the final tie-breaker
    // of every sort, stored for the hit.
    doc.add(new StringField(Fields.CODE_KEY, p.codeKey(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.CODE_KEY, new BytesRef(p.codeKey())));
    // Suffixes: indexed only, prefix queries on them are infix lookups.
    for (String suffix : p.codeInfixes()) {
      doc.add(new StringField(Fields.CODE_INFIX, suffix, Field.Store.NO));
    }
    // Other identifiers: keys for exact and prefix lookup, suffixes for infix lookup, and the
    // identifiers themselves stored, so a lookup can say which one matched.
    for (String key : p.identifierKeys()) {
      doc.add(new StringField(Fields.IDENT_KEY, key, Field.Store.NO));
    }
    for (String suffix : p.identifierInfixes()) {
      doc.add(new StringField(Fields.IDENT_INFIX, suffix, Field.Store.NO));
    }
    for (String id : p.identifiers()) {
      doc.add(new StoredField(Fields.IDENTIFIERS, id));
    }
    for (String initials : p.makerChosung()) {
      doc.add(new StringField(Fields.MAKER_CHOSUNG, initials, Field.Store.NO));
    }
    // Facet keywords: indexed for filter queries (lookup), sorted-set doc values for counting
    // and for the per-document filter checks of the faceting collector.
    keyword(doc, Fields.MAKER_ID, p.makerId(), true);
    for (String id : p.categoryPath()) {
      keyword(doc, Fields.CATEGORY_PATH, id, false);
    }
    keyword(doc, Fields.ORIGIN, p.origin(), false);
    keyword(doc, Fields.BRAND, p.brand(), false);
    keyword(doc, Fields.FAMILY, p.family(), true);
    for (String flag : p.flags()) {
      keyword(doc, Fields.FLAGS, flag, false);
    }
    for (String store : p.stores()) {
      keyword(doc, Fields.STORES, store, false);
    }
    if (p.flags().contains(Fields.DISCONTINUED_FLAG)) {
      doc.add(new StoredField(Fields.DISCONTINUED_FLAG, 1));
    }
    // Price: points for range filters in queries, doc values for sorting and price statistics.
    doc.add(new LongPoint(Fields.PRICE, p.price()));
    doc.add(new NumericDocValuesField(Fields.PRICE, p.price()));
    doc.add(new StoredField(Fields.PRICE, p.price()));
    doc.add(new NumericDocValuesField(Fields.RELEASED, p.releasedEpochDay()));
    doc.add(new StoredField(Fields.RELEASED, p.releasedEpochDay()));
    // Display-only values: stored, not indexed.
    doc.add(new StoredField(Fields.CODE_DISPLAY, p.code()));
    doc.add(new StoredField(Fields.NAME_KO, p.nameKo()));
    doc.add(new StoredField(Fields.NAME_EN, p.nameEn()));
    doc.add(new StoredField(Fields.CATEGORY_ID, p.categoryId()));
    return doc;
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    if (value == null || value.isEmpty()) {
      return;
    }
    doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
