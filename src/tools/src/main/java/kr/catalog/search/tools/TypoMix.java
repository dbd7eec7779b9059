package kr.catalog.search.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.model.Catalog;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.SearchQuery;

/**
 * Requests for the typo-tolerance benchmark (issue 19), drawn with a fixed seed: half free text as
 * the catalog spells it (a word of a product name, sometimes with its maker: {@code exact-text}),
 * half the same kind of text with one typo in one word ({@code typo-text}): in Korean one wrong
 * vowel, a dropped or an extra final consonant; in Latin script two neighbours swapped or a letter
 * dropped. Both with every facet, like the free text of {@link QueryMix}.
 */
final class TypoMix {

  private static final Pattern HANGUL_WORD = Pattern.compile("[\\uAC00-\\uD7A3]{2,}");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{5,}");
  private static final int SYLLABLE_FIRST = 0xAC00;
  // Vowel indexes (Unicode medial order) typed instead of each other: neighbours on the keyboard
  // or in sound (ㅏ/ㅓ, ㅐ/ㅔ, ㅗ/ㅜ, ㅡ/ㅣ, ...).
  private static final int[] VOWEL_SWAP = {
    4, 5, 6, 7, 0, 1, 2, 3, 13, 14, 15, 16, 17, 8, 9, 10, 11, 12, 20, 20, 18
  };

  private TypoMix() {}

  static List<QueryMix.Request> of(Catalog catalog, int count, long seed) {
    Random random = new Random(seed);
    List<Product> products = catalog.products().stream().filter(p -> !p.discontinued()).toList();
    Map<String, String> makerNames = new HashMap<>();
    for (Maker m : catalog.makers()) {
      makerNames.put(m.id(), m.nameKo());
    }
    List<QueryMix.Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Product p = products.get(random.nextInt(products.size()));
      boolean typo = random.nextBoolean();
      String word = word(p, random);
      if (typo) {
        word = typo(word, random);
      }
      String text =
          word + (random.nextInt(3) == 0 ? " " + makerNames.getOrDefault(p.makerId(), "") : "");
      SearchQuery q = SearchQuery.text(text.strip());
      requests.add(
          new QueryMix.Request(
              typo ? "typo-text" : "exact-text",
              b -> b.search(q),
              "/api/search?q="
                  + java.net.URLEncoder.encode(
                      text.strip(), java.nio.charset.StandardCharsets.UTF_8)));
    }
    return requests;
  }

  private static String word(Product p, Random random) {
    List<String> words = new ArrayList<>();
    Matcher m = HANGUL_WORD.matcher(p.nameKo());
    while (m.find()) {
      words.add(m.group());
    }
    Matcher en = LATIN_WORD.matcher(p.nameEn());
    while (en.find()) {
      words.add(en.group());
    }
    return words.isEmpty() ? p.nameKo() : words.get(random.nextInt(words.size()));
  }

  /** The word with one typo, as described on the class. */
  static String typo(String word, Random random) {
    if (word.isEmpty()) {
      return word;
    }
    char[] chars = word.toCharArray();
    int at = random.nextInt(chars.length);
    int c = chars[at];
    if (c >= SYLLABLE_FIRST && c <= 0xD7A3) {
      int index = c - SYLLABLE_FIRST;
      int initial = index / (21 * 28);
      int medial = (index % (21 * 28)) / 28;
      int fin = index % 28;
      switch (random.nextInt(3)) {
        case 0 -> medial = VOWEL_SWAP[medial];
        case 1 -> fin = fin == 0 ? 21 : 0; // an extra ㅇ, or the final consonant dropped
        default -> fin = fin == 0 ? 4 : (fin == 4 ? 8 : 4); // ㄴ for nothing, ㄹ for ㄴ, ...
      }
      chars[at] = (char) (SYLLABLE_FIRST + (initial * 21 + medial) * 28 + fin);
      return new String(chars);
    }
    if (random.nextBoolean() && at + 1 < chars.length) {
      char t = chars[at];
      chars[at] = chars[at + 1];
      chars[at + 1] = t;
      return new String(chars);
    }
    return word.substring(0, at) + word.substring(at + 1);
  }
}
