package kr.catalog.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching keys for maker spellings: {@code 보쉬}, {@code BOSCH}, {@code Bosch Korea (주)} and {@code
 * bosch gmbh} differ only in case, legal form and country branch.
 *
 * <p>Two keys per spelling, tried in this order by {@link MakerDirectory}:
 *
 * <ol>
 *   <li>{@link #key}: NFKC, lower case, legal forms removed ({@code (주) ㈜ 주식회사 (유) 유한회사 Co., Ltd.
 *       Inc. Corp. GmbH AG LLC}), then everything but letters and digits removed;
 *   <li>{@link #branchKey}: the same, also without a country-branch word ({@code Korea}, {@code
 *       코리아}, {@code 한국}, {@code 한국}- prefix and -{@code 코리아} suffix), so {@code 보쉬코리아} finds
 *       {@code 보쉬}. Tried second because it is lossier.
 * </ol>
 */
public final class MakerNames {
  private static final Pattern BRACKETED_FORM = Pattern.compile("\\((?:주|유|사|재|합|株|有)\\)|（주）");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "주식회사",
          "유한회사",
          "유한책임회사",
          "합자회사",
          "co",
          "ltd",
          "inc",
          "corp",
          "corporation",
          "gmbh",
          "ag",
          "llc",
          "limited",
          "company",
          "plc",
          "kk",
          "mbh",
          "sa",
          "spa",
          "bv",
          "srl");
  private static final Set<String> BRANCH_WORDS = Set.of("korea", "코리아", "한국", "kor");

  private MakerNames() {}

  /** The first-level key (legal forms removed); empty when the spelling has no letters. */
  public static String key(String spelling) {
    return String.join("", tokens(spelling, false));
  }

  /** The second-level key (legal forms and country-branch words removed). */
  public static String branchKey(String spelling) {
    return String.join("", tokens(spelling, true));
  }

  /**
   * An id for a maker known only by this spelling: its first-level tokens joined by hyphens, ASCII
   * only ({@code StarTech.com Ltd.} gives {@code startech-com}); {@code null} when no ASCII is
   * left.
   */
  public static String slug(String spelling) {
    return Text.slug(String.join("-", tokens(spelling, false)));
  }

  private static List<String> tokens(String spelling, boolean dropBranch) {
    String s = Text.clean(spelling);
    if (s == null) {
      return List.of();
    }
    s = BRACKETED_FORM.matcher(Text.lower(s)).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    for (String token : TOKEN_SPLIT.split(s)) {
      if (token.isEmpty() || LEGAL_FORMS.contains(token)) {
        continue;
      }
      // 주식회사 is often glued to the name: 보쉬주식회사, 주식회사보쉬.
      token = stripAffix(token, "주식회사");
      if (dropBranch) {
        if (BRANCH_WORDS.contains(token)) {
          continue;
        }
        token = stripAffix(token, "코리아");
        if (token.startsWith("한국") && token.length() > 3) {
          token = token.substring(2);
        }
      }
      if (!token.isEmpty()) {
        kept.add(token);
      }
    }
    if (kept.isEmpty() && dropBranch) {
      // The name was only a branch word ("Korea"): keep it rather than match everything.
      return tokens(spelling, false);
    }
    return kept;
  }

  private static String stripAffix(String token, String affix) {
    if (token.length() > affix.length() + 1) {
      if (token.endsWith(affix)) {
        return token.substring(0, token.length() - affix.length());
      }
      if (token.startsWith(affix)) {
        return token.substring(affix.length());
      }
    }
    return token;
  }
}
