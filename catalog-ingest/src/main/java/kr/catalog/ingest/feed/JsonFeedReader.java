package kr.catalog.ingest.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;

/**
 * Supplier JSON feeds: an array of product objects (or {@code {"products": [...]}}), streamed with
 * Jackson one object at a time. Keys map like CSV headers ({@link FeedColumns}); a {@code specs}
 * object becomes separate specs; arrays (video links) are joined; numbers arrive as their plain
 * digits. An element that is not an object is a {@link RejectReason#BROKEN_ROW}; a syntax error
 * ends the file with a reject at its line, keeping the objects before it.
 */
public final class JsonFeedReader implements FeedReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final FeedProfile profile;

  /** A reader for feeds of the given profile. */
  public JsonFeedReader(FeedProfile profile) {
    this.profile = profile;
  }

  @Override
  public Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, rows, rejects);
    }
  }

  /** Reads from a stream (also used for JSON inside zip archives). */
  Result read(InputStream in, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    Set<String> ignored = new TreeSet<>();
    long count = 0;
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        // {"products": [...]}: move to the array.
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if ("products".equals(field) && value == JsonToken.START_ARRAY) {
            first = JsonToken.START_ARRAY;
            break;
          }
          p.skipChildren();
        }
      }
      if (first != JsonToken.START_ARRAY) {
        throw new FeedFormatException(name + ": expected a JSON array of products");
      }
      JsonToken t;
      try {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          long line = p.currentTokenLocation().getLineNr();
          JsonNode node = MAPPER.readTree(p);
          count++;
          if (!node.isObject()) {
            rejects.reject(
                Reject.atRow(
                    name,
                    line,
                    null,
                    RejectReason.BROKEN_ROW,
                    "element is not an object: " + node));
            continue;
          }
          rows.accept(toRow(name, line, node, ignored));
        }
      } catch (JsonProcessingException e) {
        long line =
            e.getLocation() == null ? p.currentLocation().getLineNr() : e.getLocation().getLineNr();
        rejects.reject(
            Reject.atRow(
                name,
                line,
                null,
                RejectReason.UNREADABLE_FILE,
                "JSON syntax error, the rest of the file is not read: " + e.getOriginalMessage()));
      }
    }
    return new Result(count, new ArrayList<>(ignored));
  }

  private FeedRow toRow(String name, long line, JsonNode node, Set<String> ignored) {
    Map<FeedField, String> values = new EnumMap<>(FeedField.class);
    Map<FeedField, String> units = new EnumMap<>(FeedField.class);
    Map<String, String> specs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      FeedColumns.Column column = FeedColumns.resolve(e.getKey());
      JsonNode v = e.getValue();
      if (column == null) {
        ignored.add(e.getKey());
        continue;
      }
      if (v.isNull()) {
        continue;
      }
      if (column.field() == FeedField.SPECS && v.isObject()) {
        for (Map.Entry<String, JsonNode> s : v.properties()) {
          specs.put(s.getKey(), text(s.getValue()));
        }
        continue;
      }
      values.put(column.field(), text(v));
      if (column.defaultUnit() != null) {
        units.put(column.field(), column.defaultUnit());
      }
    }
    return new FeedRow(name, line, values, specs, units, profile);
  }

  /** A JSON value as feed text: strings as is, numbers plain, arrays joined with {@code |}. */
  static String text(JsonNode v) {
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(x)));
      return String.join(" | ", parts);
    }
    if (v.isBigDecimal()) {
      return v.decimalValue().toPlainString();
    }
    if (v.isObject()) {
      return v.toString();
    }
    return v.asText();
  }
}
