package kr.catalog.model;

import java.util.List;

/**
 * A manufacturer, after normalisation: one canonical id however suppliers spelled it.
 *
 * @param id stable slug, e.g. {@code bosch}
 * @param nameKo Korean display name, e.g. {@code 보쉬}
 * @param nameEn English display name, e.g. {@code Bosch}
 * @param aliases every other spelling seen or known ({@code BOSCH}, {@code Bosch Korea (주)}), used
 *     for matching and as search synonyms
 */
public record Maker(String id, String nameKo, String nameEn, List<String> aliases) {
  public Maker {
    aliases = List.copyOf(aliases);
  }
}
