package kr.catalog.ingest.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.model.Text;

/**
 * The maker alias table: every known spelling of every maker (Korean and English names, aliases),
 * indexed by {@link Keys#makerKey} and {@link Keys#makerBranchKey}.
 *
 * <p>A key that two makers share is ambiguous and is left out of the index (and listed by {@link
 * #ambiguousKeys()}), so a spelling never silently lands on the wrong maker.
 */
public final class MakerDirectory {
  private final Map<String, Maker> byId = new LinkedHashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, String> byBranchKey = new HashMap<>();
  private final List<String> ambiguous = new ArrayList<>();

  /** Builds the table from the maker master. */
  public MakerDirectory(Collection<Maker> makers) {
    Map<String, String> keys = new HashMap<>();
    Map<String, String> branchKeys = new HashMap<>();
    List<String> clashing = new ArrayList<>();
    List<String> clashingBranch = new ArrayList<>();
    for (Maker maker : makers) {
      if (byId.putIfAbsent(maker.id(), maker) != null) {
        throw new IllegalArgumentException("maker id '" + maker.id() + "' appears twice");
      }
      for (String spelling : spellings(maker)) {
        index(keys, clashing, Keys.makerKey(spelling), maker.id());
        index(branchKeys, clashingBranch, Keys.makerBranchKey(spelling), maker.id());
      }
    }
    clashing.forEach(keys::remove);
    clashingBranch.forEach(branchKeys::remove);
    byKey.putAll(keys);
    byBranchKey.putAll(branchKeys);
    ambiguous.addAll(clashing);
  }

  private static List<String> spellings(Maker maker) {
    List<String> all = new ArrayList<>();
    all.add(maker.id());
    all.add(maker.nameKo());
    all.add(maker.nameEn());
    all.addAll(maker.aliases());
    return all;
  }

  private static void index(
      Map<String, String> index, List<String> clashing, String key, String makerId) {
    if (key.isEmpty()) {
      return;
    }
    String previous = index.putIfAbsent(key, makerId);
    if (previous != null && !previous.equals(makerId) && !clashing.contains(key)) {
      clashing.add(key);
    }
  }

  /** The maker a spelling names, if any. */
  public Optional<Maker> find(String spelling) {
    String id = byKey.get(Keys.makerKey(spelling));
    if (id == null) {
      id = byBranchKey.get(Keys.makerBranchKey(spelling));
    }
    return Optional.ofNullable(id).map(byId::get);
  }

  /**
   * The maker a spelling names.
   *
   * @throws NormalizationException {@link RejectReason#MISSING_FIELD} or {@link
   *     RejectReason#UNKNOWN_MAKER}
   */
  public Maker require(String spelling) {
    if (Text.isBlank(spelling)) {
      throw new NormalizationException(RejectReason.MISSING_FIELD, "maker", "maker is empty");
    }
    return find(spelling)
        .orElseThrow(
            () ->
                new NormalizationException(
                    RejectReason.UNKNOWN_MAKER,
                    "maker",
                    "maker '" + spelling + "' is not in the maker master under any spelling"));
  }

  /** The maker with this id. */
  public Optional<Maker> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All makers of the master, in master order. */
  public Collection<Maker> makers() {
    return byId.values();
  }

  /** Keys that more than one maker produced, and which therefore match nothing. */
  public List<String> ambiguousKeys() {
    return List.copyOf(ambiguous);
  }
}
