package kr.catalog.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Builds Nori's user dictionary from the catalog's own vocabulary.
 *
 * <p>Nori's built-in dictionary splits product words inconsistently ({@code 전동드릴} alone gave {@code
 * 전동 드릴} but {@code 드리} inside a longer sentence) and drops unknown maker names. Every Hangul word
 * of maker names and aliases and category names is added; words of product names are added when
 * they occur at least {@link #MIN_PRODUCT_WORD_FREQUENCY} times (one-off words are more often typos
 * or particles glued to a word). A word that ends with another known word of at least two syllables
 * is entered as a compound of the two ({@code 전동드릴 전동 드릴}): Korean compounds put the head noun
 * last, so this yields the split users search by.
 */
public final class UserDictionaryBuilder {

  /** How often a word of product names must occur to enter the dictionary. */
  public static final int MIN_PRODUCT_WORD_FREQUENCY = 2;

  private static final Pattern HANGUL_WORD = Pattern.compile("[\\uAC00-\\uD7A3]{2,}");
  private static final int MAX_WORD_LENGTH = 12;

  private final Set<String> always = new TreeSet<>();
  private final Set<String> names = new TreeSet<>();
  private final Map<String, Integer> productWords = new HashMap<>();

  /**
   * Adds every Hangul word of a maker name or alias. Names are never split by Nori's guesses
   * ({@code 마끼다} is not {@code 마 끼 다}), only at a known head noun ({@code 보성공구 보성 공구}).
   */
  public UserDictionaryBuilder addName(String text) {
    words(text).forEach(always::add);
    words(text).forEach(names::add);
    return this;
  }

  /** Adds every Hangul word of a category name. */
  public UserDictionaryBuilder addCategoryName(String text) {
    words(text).forEach(always::add);
    return this;
  }

  /** Counts the Hangul words of a product name. */
  public UserDictionaryBuilder addProductText(String text) {
    words(text).forEach(w -> productWords.merge(w, 1, Integer::sum));
    return this;
  }

  /** The dictionary lines, sorted and unique by word, as {@code UserDictionary.open} reads them. */
  public List<String> build() {
    Set<String> vocabulary = new TreeSet<>(always);
    productWords.forEach(
        (word, count) -> {
          if (count >= MIN_PRODUCT_WORD_FREQUENCY) {
            vocabulary.add(word);
          }
        });
    Map<String, List<String>> noriSplits = new HashMap<>();
    Set<String> heads = new TreeSet<>(vocabulary);
    try (Analyzer plain = plainNori()) {
      for (String word : vocabulary) {
        if (names.contains(word)) {
          continue;
        }
        List<String> parts = split(plain, word);
        // Single syllables split off (보안경 -> 보안 경) are too ambiguous to search by.
        if (parts.size() > 1
            && String.join("", parts).equals(word)
            && parts.stream().allMatch(part -> part.length() >= 2)) {
          noriSplits.put(word, parts);
          heads.addAll(parts);
        }
      }
    }
    // Heads become words of their own, so Nori also finds them inside unknown compounds.
    Map<String, String> lines = new TreeMap<>();
    for (String word : heads) {
      lines.put(word, entry(word, heads, noriSplits.get(word)));
    }
    return new ArrayList<>(lines.values());
  }

  private static String entry(String word, Set<String> heads, List<String> noriSplit) {
    // The longest known head noun wins: 공업용전동드릴 -> 공업용 전동드릴 rather than ... 드릴.
    for (int split = 2; split <= word.length() - 2; split++) {
      String head = word.substring(split);
      if (heads.contains(head)) {
        return word + " " + word.substring(0, split) + " " + head;
      }
    }
    return noriSplit == null ? word : word + " " + String.join(" ", noriSplit);
  }

  private static Analyzer plainNori() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(
            new KoreanTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                null,
                KoreanTokenizer.DecompoundMode.DISCARD,
                false,
                true));
      }
    };
  }

  private static List<String> split(Analyzer analyzer, String word) {
    List<String> parts = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        parts.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    Matcher m = HANGUL_WORD.matcher(text);
    while (m.find()) {
      if (m.group().length() <= MAX_WORD_LENGTH) {
        words.add(m.group());
      }
    }
    return words;
  }
}
