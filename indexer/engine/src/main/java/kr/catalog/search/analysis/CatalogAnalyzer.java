package kr.catalog.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean and English text to search terms.
 *
 * <p>Chain: Nori tokenizer (mixed decompounding, so {@code 전동드릴} yields {@code 전동드릴}, {@code 전동}
 * and {@code 드릴}, with the catalog's user dictionary) -> drop particles and endings (Nori's default
 * part-of-speech stop tags) -> Hanja to Hangul reading -> letters and digits that Nori split apart
 * joined again ({@link AlnumJoinFilter}: {@code ps4}, {@code 13re}) -> lower case -> English
 * possessive and stop words -> English plural stemming of pure ASCII words only ({@code batteries}
 * -> {@code battery}; Porter's stronger stemming merged unrelated words on the Icecat judgments,
 * and stemming Hangul or code tokens would only damage them).
 *
 * <p>Thread-safe like every Lucene {@link Analyzer}; the user dictionary is fixed per catalog
 * build.
 */
public final class CatalogAnalyzer extends Analyzer {

  private final UserDictionary userDictionary;
  private final List<String> dictionaryEntries;

  private CatalogAnalyzer(UserDictionary userDictionary, List<String> dictionaryEntries) {
    this.userDictionary = userDictionary;
    this.dictionaryEntries = List.copyOf(dictionaryEntries);
  }

  /**
   * An analyzer with these user dictionary lines ({@code word} or {@code compound part part}), as
   * produced by {@link UserDictionaryBuilder}; an empty list means Nori's dictionary only.
   */
  public static CatalogAnalyzer withDictionary(List<String> entries) {
    if (entries.isEmpty()) {
      return new CatalogAnalyzer(null, entries);
    }
    try {
      return new CatalogAnalyzer(
          UserDictionary.open(new StringReader(String.join("\n", entries))), entries);
    } catch (IOException e) {
      throw new UncheckedIOException("invalid user dictionary", e);
    }
  }

  /** The user dictionary lines this analyzer was built with, to persist next to an index. */
  public List<String> dictionaryEntries() {
    return dictionaryEntries;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KoreanTokenizer tokenizer =
        new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            userDictionary,
            KoreanTokenizer.DecompoundMode.MIXED,
            false,
            true);
    TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer);
    stream = new KoreanReadingFormFilter(stream);
    stream = new AlnumJoinFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new EnglishPossessiveFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new AsciiWordStemmer(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** All terms of the text in order, repeated terms and decompounded parts included. */
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Distinct terms of the text, in order of first appearance (for queries). */
  public List<String> distinctTerms(String text) {
    return List.copyOf(new LinkedHashSet<>(terms(text)));
  }

  /** Terms with their character offsets in the text, for highlighting. */
  public List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return tokens;
    }
    try (TokenStream stream = tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** One term and where it was found. */
  public record Token(String term, int start, int end) {}

  /** Plural stemming restricted to tokens of ASCII letters. */
  private static final class AsciiWordStemmer extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AsciiWordStemmer(TokenStream input) {
      super(input, EnglishMinimalStemFilter::new);
    }

    @Override
    protected boolean shouldFilter() {
      int length = term.length();
      if (length < 3) {
        return false;
      }
      char[] buffer = term.buffer();
      for (int i = 0; i < length; i++) {
        if (buffer[i] < 'a' || buffer[i] > 'z') {
          return false;
        }
      }
      return true;
    }
  }
}
