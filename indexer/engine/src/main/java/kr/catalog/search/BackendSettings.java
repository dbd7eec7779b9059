package kr.catalog.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a backend as named text values (the keys each backend reads are listed on {@link
 * kr.catalog.search.SearchBackends}), read through typed accessors that name the key in every
 * error. Text, not a typed record per backend, because the engine must not know the adapters'
 * types.
 *
 * @param values the settings by key
 */
public record BackendSettings(Map<String, String> values) {

  public BackendSettings {
    values = Map.copyOf(values);
  }

  /** The value of {@code key}, if set. */
  public Optional<String> find(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value of {@code key}; refused when missing. */
  public String required(String key) {
    return find(key)
        .orElseThrow(() -> new IllegalArgumentException("missing backend setting '" + key + "'"));
  }

  /** A path setting; refused when missing. */
  public Path path(String key) {
    return Path.of(required(key));
  }

  /** A comma-separated list; refused when missing. */
  public List<String> list(String key) {
    return Arrays.stream(required(key).split(",")).map(String::strip).toList();
  }

  /** An integer setting, or {@code defaultValue} when missing. */
  public int integer(String key, int defaultValue) {
    return find(key).map(v -> parse(key, v, Integer::valueOf)).orElse(defaultValue);
  }

  /** An ISO-8601 duration ({@code PT1S}), or {@code defaultValue} when missing. */
  public Duration duration(String key, Duration defaultValue) {
    return find(key).map(v -> parse(key, v, Duration::parse)).orElse(defaultValue);
  }

  private static <T> T parse(String key, String value, java.util.function.Function<String, T> f) {
    try {
      return f.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "invalid backend setting '" + key + "': '" + value + "'", e);
    }
  }
}
