package kr.catalog.search.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;
import kr.catalog.search.model.CatalogModel;
import org.postgresql.PGConnection;

/**
 * The peer a user might pick instead of a search engine: PostgreSQL full-text search on the same
 * catalog, answering the same search requests ({@link SearchIntent}) over JDBC.
 *
 * <p>What it does, as a careful PostgreSQL user would: text is analysed once in Java with the
 * platform's own Korean/English chain ({@link CatalogAnalyzer}: Nori and the catalog's user
 * dictionary; PostgreSQL has no Korean dictionary) and stored pre-analysed; a generated {@code
 * tsvector} column with the {@code simple} configuration weights name and code (A), maker (B),
 * category (C) and specs (D) and has a GIN index; queries are analysed the same way and matched
 * with {@code plainto_tsquery('simple', ...)} (all terms required) and ranked with {@code ts_rank}.
 * Facets are computed on the matches in the same statement, disjunctively like ours (the category
 * counts ignore the category filter, and so on): top categories, the 20 largest makers, min/max
 * price. Codes match through {@code pg_trgm} (GIN, {@code gin_trgm_ops}) on the code key: exact
 * first, then prefix, then infix. Suggest uses prefix {@code tsquery} terms ({@code term:*}), maker
 * and category name prefixes; maker search uses name, English name, alias and initial consonant
 * prefixes.
 *
 * <p>It does less than the platform (no origin/brand/flag facets, no price histogram, no
 * highlighting, spelling suggestions or family grouping, no JSON over HTTP): ratios against it
 * flatter the peer.
 */
final class PostgresPeer implements LoadRunner.Target, AutoCloseable {

  private static final String SEARCH_HEAD =
      """
      WITH p AS (SELECT ?::text AS cat, ?::text AS mk, ?::bigint AS pmin, ?::bigint AS pmax,
                        ?::boolean AS only_new),
      """;
  private static final String TEXT_BASE =
      """
      base AS MATERIALIZED (
        SELECT code_key, maker_id, top_category, price, is_new, ts_rank(tsv, q) AS score
        FROM peer_product, plainto_tsquery('simple', ?) AS q
        WHERE tsv @@ q AND NOT discontinued),
      """;
  private static final String BROWSE_BASE =
      """
      base AS MATERIALIZED (
        SELECT code_key, maker_id, top_category, price, is_new, 0::real AS score
        FROM peer_product WHERE NOT discontinued),
      """;
  private static final String SEARCH_TAIL =
      """
      f AS MATERIALIZED (
        SELECT b.*, (p.cat IS NULL OR b.top_category = p.cat) AS c_ok,
               (p.mk IS NULL OR b.maker_id = p.mk) AS m_ok,
               ((p.pmin IS NULL OR b.price >= p.pmin) AND (p.pmax IS NULL OR b.price <= p.pmax)) AS p_ok,
               (NOT p.only_new OR b.is_new) AS n_ok
        FROM base b, p)
      (SELECT 'hit' AS part, code_key AS key, score::float8 AS value FROM f
        WHERE c_ok AND m_ok AND p_ok AND n_ok ORDER BY %s LIMIT ?)
      UNION ALL SELECT 'total', NULL, count(*)::float8 FROM f WHERE c_ok AND m_ok AND p_ok AND n_ok
      UNION ALL (SELECT 'category', top_category, count(*)::float8 FROM f
        WHERE m_ok AND p_ok AND n_ok GROUP BY top_category)
      UNION ALL (SELECT 'maker', maker_id, count(*)::float8 FROM f
        WHERE c_ok AND p_ok AND n_ok GROUP BY maker_id ORDER BY 3 DESC, 2 LIMIT 20)
      UNION ALL SELECT 'price', min(price)::text, max(price)::float8 FROM f
        WHERE c_ok AND m_ok AND n_ok
      """;
  private static final String SEARCH_TEXT_SQL =
      SEARCH_HEAD + TEXT_BASE + String.format(Locale.ROOT, SEARCH_TAIL, "score DESC, code_key");
  private static final String SEARCH_TEXT_BY_PRICE_SQL =
      SEARCH_HEAD + TEXT_BASE + String.format(Locale.ROOT, SEARCH_TAIL, "price, code_key");
  private static final String BROWSE_SQL =
      SEARCH_HEAD + BROWSE_BASE + String.format(Locale.ROOT, SEARCH_TAIL, "price, code_key");
  private static final String BROWSE_BY_SCORE_SQL =
      SEARCH_HEAD + BROWSE_BASE + String.format(Locale.ROOT, SEARCH_TAIL, "code_key");

  private static final String LOOKUP_SQL =
      """
      SELECT code_key, code FROM peer_product WHERE code_norm LIKE ?
      ORDER BY (code_norm = ?) DESC, (code_norm LIKE ?) DESC, length(code_norm), code_norm LIMIT ?
      """;
  private static final String SUGGEST_SQL =
      """
      (SELECT 'product' AS part, code_key AS key FROM peer_product, to_tsquery('simple', ?) AS q
        WHERE tsv @@ q AND NOT discontinued ORDER BY ts_rank(tsv, q) DESC, code_key LIMIT ?)
      UNION ALL (SELECT 'maker', id FROM peer_maker WHERE name_ko LIKE ? OR name_en_lower LIKE ?
        ORDER BY products DESC, id LIMIT 3)
      UNION ALL (SELECT 'category', id FROM peer_category WHERE name_lower LIKE ? ORDER BY id LIMIT 3)
      """;
  private static final String MAKERS_SQL =
      """
      SELECT id, products FROM peer_maker
      WHERE name_ko LIKE ? OR name_en_lower LIKE ? OR chosung LIKE ? OR aliases_lower LIKE ?
      ORDER BY products DESC, id LIMIT ?
      """;

  private final String url;
  private final String user;
  private final String password;
  private final CatalogAnalyzer analyzer;
  private final List<Connection> connections = new ArrayList<>();
  private final ThreadLocal<Connection> connectionOf = new ThreadLocal<>();
  private final ThreadLocal<Map<String, PreparedStatement>> statements = new ThreadLocal<>();

  private PostgresPeer(String url, String user, String password, CatalogAnalyzer analyzer) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.analyzer = analyzer;
  }

  /**
   * Loads the catalog into {@code peer_*} tables (replacing what is there), builds the indexes and
   * statistics, and returns the peer; prints what took how long.
   */
  static PostgresPeer load(
      String url, String user, String password, Catalog catalog, PrintWriter out)
      throws SQLException, IOException {
    long t0 = System.nanoTime();
    CatalogModel model = CatalogModel.of(catalog);
    DocumentBuilder documents = new DocumentBuilder(model, catalog, ProductSignals.NONE);
    List<String> rows =
        catalog.products().parallelStream()
            .map(p -> productRow(p, documents.build(p)))
            .collect(Collectors.toList());
    long analysed = System.nanoTime();
    Map<String, Long> perMaker = new HashMap<>();
    catalog.products().stream()
        .filter(p -> !p.discontinued())
        .forEach(p -> perMaker.merge(p.makerId(), 1L, Long::sum));
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      s.execute("DROP TABLE IF EXISTS peer_product, peer_maker, peer_category");
      s.execute(
          """
          CREATE TABLE peer_product (
            code_key text PRIMARY KEY, code text NOT NULL, name text NOT NULL,
            maker_id text NOT NULL, top_category text NOT NULL, category_id text NOT NULL,
            price bigint NOT NULL, is_new boolean NOT NULL, discontinued boolean NOT NULL,
            code_norm text NOT NULL,
            name_terms text NOT NULL, code_terms text NOT NULL, maker_terms text NOT NULL,
            category_terms text NOT NULL, spec_terms text NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('simple', name_terms), 'A')
              || setweight(to_tsvector('simple', code_terms), 'A')
              || setweight(to_tsvector('simple', maker_terms), 'B')
              || setweight(to_tsvector('simple', category_terms), 'C')
              || setweight(to_tsvector('simple', spec_terms), 'D')) STORED)
          """);
      s.execute(
          """
          CREATE TABLE peer_maker (id text PRIMARY KEY, name_ko text NOT NULL,
            name_en_lower text NOT NULL, chosung text NOT NULL, aliases_lower text NOT NULL,
            products bigint NOT NULL)
          """);
      s.execute("CREATE TABLE peer_category (id text PRIMARY KEY, name_lower text NOT NULL)");
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn(
          "COPY peer_product (code_key, code, name, maker_id, top_category, category_id, price,"
              + " is_new, discontinued, code_norm, name_terms, code_terms, maker_terms,"
              + " category_terms, spec_terms) FROM STDIN",
          new StringReader(String.join("", rows)));
      StringBuilder makers = new StringBuilder();
      for (Maker m : catalog.makers()) {
        makers.append(
            line(
                m.id(),
                m.nameKo(),
                lower(m.nameEn()),
                Chosung.of(m.nameKo()),
                m.aliases().stream().map(PostgresPeer::lower).collect(Collectors.joining(" | ")),
                Long.toString(perMaker.getOrDefault(m.id(), 0L))));
      }
      copy.copyIn("COPY peer_maker FROM STDIN", new StringReader(makers.toString()));
      StringBuilder categories = new StringBuilder();
      for (Category cat : catalog.categories()) {
        categories.append(line(cat.id(), lower(cat.nameKo())));
      }
      copy.copyIn("COPY peer_category FROM STDIN", new StringReader(categories.toString()));
      long copied = System.nanoTime();
      s.execute("CREATE INDEX peer_product_tsv ON peer_product USING gin (tsv)");
      s.execute(
          "CREATE INDEX peer_product_code_trgm ON peer_product USING gin (code_norm gin_trgm_ops)");
      s.execute("CREATE INDEX peer_product_top_price ON peer_product (top_category, price)");
      s.execute("VACUUM ANALYZE peer_product");
      s.execute("ANALYZE peer_maker");
      s.execute("ANALYZE peer_category");
      long indexed = System.nanoTime();
      long bytes;
      try (ResultSet r = s.executeQuery("SELECT pg_total_relation_size('peer_product')")) {
        r.next();
        bytes = r.getLong(1);
      }
      out.printf(
          Locale.ROOT,
          "postgresql: %d products analysed in Java %.1f s, copied %.1f s, GIN/trigram indexes and"
              + " ANALYZE %.1f s; table with indexes %d MiB%n",
          rows.size(),
          (analysed - t0) / 1e9,
          (copied - analysed) / 1e9,
          (indexed - copied) / 1e9,
          bytes >> 20);
      out.flush();
    }
    return new PostgresPeer(url, user, password, model.analyzer());
  }

  private static String productRow(Product p, IndexedProduct d) {
    Map<String, String> text = d.text();
    return line(
        d.codeKey(),
        p.code(),
        p.nameKo(),
        p.makerId(),
        d.categoryPath().isEmpty() ? p.categoryId() : d.categoryPath().getFirst(),
        p.categoryId(),
        Long.toString(p.listPrice()),
        Boolean.toString(p.newProduct()),
        Boolean.toString(p.discontinued()),
        d.codeKey(),
        text.getOrDefault(Fields.NAME, ""),
        text.getOrDefault(Fields.CODE, ""),
        text.getOrDefault(Fields.MAKER, ""),
        text.getOrDefault(Fields.CATEGORY, ""),
        text.getOrDefault(Fields.SPECS, ""));
  }

  /** One line of COPY's text format. */
  static String line(String... values) {
    return Arrays.stream(values).map(PostgresPeer::copyField).collect(Collectors.joining("\t"))
        + "\n";
  }

  private static String copyField(String v) {
    if (v == null) {
      return "\\N";
    }
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  @Override
  public String send(LoadRequest request, long cycle) throws SQLException {
    if (request.intent() == null) {
      throw new IllegalArgumentException("the peer answers searches only, not " + request.kind());
    }
    answer(request.intent());
    return LoadStats.OK;
  }

  /**
   * The rows the peer answers, every column read as text: for a search {@code [part, key, value]}
   * with parts {@code hit} (code key, score or price), {@code total}, {@code category}, {@code
   * maker} (id, count) and {@code price} (min, max); for a lookup {@code [code key, code]}; for
   * suggest {@code [part, key]} with parts {@code product}, {@code maker}, {@code category}; for
   * maker search {@code [id, products]}.
   */
  List<List<String>> answer(SearchIntent i) throws SQLException {
    return switch (i.type()) {
      case SEARCH -> search(i);
      case LOOKUP -> {
        String key = CodeForms.normalize(i.text());
        String like = likeEscape(key);
        yield query(LOOKUP_SQL, "%" + like + "%", key, like + "%", i.limit());
      }
      case SUGGEST -> {
        List<String> words = words(i.text());
        if (words.isEmpty()) {
          yield List.of();
        }
        String query = String.join(" & ", words) + ":*";
        String prefix = likeEscape(lower(i.text()).strip()) + "%";
        yield query(SUGGEST_SQL, query, i.limit(), prefix, prefix, prefix);
      }
      case MAKERS -> {
        String prefix = likeEscape(lower(i.text()).strip()) + "%";
        yield query(MAKERS_SQL, prefix, prefix, prefix, "%" + prefix, i.limit());
      }
    };
  }

  private List<List<String>> search(SearchIntent i) throws SQLException {
    Object onlyNew = i.onlyNew();
    Object[] filters = {i.category(), i.maker(), i.priceMin(), i.priceMax(), onlyNew};
    String terms = String.join(" ", analyzer.distinctTerms(i.text() == null ? "" : i.text()));
    if (terms.isBlank()) {
      return query(i.sortByPrice() ? BROWSE_SQL : BROWSE_BY_SCORE_SQL, append(filters, i.limit()));
    }
    return query(
        i.sortByPrice() ? SEARCH_TEXT_BY_PRICE_SQL : SEARCH_TEXT_SQL,
        append(filters, terms, i.limit()));
  }

  private static Object[] append(Object[] head, Object... tail) {
    Object[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** Runs a statement of this thread's connection and reads every row, as a server would. */
  private List<List<String>> query(String sql, Object... params) throws SQLException {
    PreparedStatement ps = statement(sql);
    for (int k = 0; k < params.length; k++) {
      Object v = params[k];
      if (v == null) {
        ps.setNull(k + 1, Types.VARCHAR);
      } else if (v instanceof Integer n) {
        ps.setInt(k + 1, n);
      } else if (v instanceof Long n) {
        ps.setLong(k + 1, n);
      } else if (v instanceof Boolean b) {
        ps.setBoolean(k + 1, b);
      } else {
        ps.setString(k + 1, v.toString());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet r = ps.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int c = 1; c <= columns; c++) {
          row.add(r.getString(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private PreparedStatement statement(String sql) throws SQLException {
    Connection c = connectionOf.get();
    if (c == null) {
      c = DriverManager.getConnection(url, user, password);
      try (Statement s = c.createStatement()) {
        // Room for the facet aggregations of a broad match without spilling to disk.
        s.execute("SET work_mem = '32MB'");
      }
      synchronized (connections) {
        connections.add(c);
      }
      connectionOf.set(c);
      statements.set(new HashMap<>());
    }
    Map<String, PreparedStatement> mine = statements.get();
    PreparedStatement ps = mine.get(sql);
    if (ps == null) {
      ps = c.prepareStatement(sql);
      mine.put(sql, ps);
    }
    return ps;
  }

  /** Lower-case words of what was typed, letters and digits only (safe inside a tsquery). */
  static List<String> words(String typed) {
    return Arrays.stream(lower(typed).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws SQLException {
    synchronized (connections) {
      for (Connection c : connections) {
        c.close();
      }
      connections.clear();
    }
  }
}
