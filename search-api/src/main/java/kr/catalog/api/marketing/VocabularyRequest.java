package kr.catalog.api.marketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.catalog.search.vocabulary.VocabularyEntry;

/**
 * A vocabulary entry to create, or the whole new state of one to update.
 *
 * @param terms two to twenty terms of one or more words each; for ONE_WAY the first is what people
 *     type and the others what it means; compared ignoring case, width and spacing, so two terms
 *     differing only in those are one term (refused)
 * @param direction TWO_WAY (every term finds the others) or ONE_WAY
 * @param category the leaf category the entry is about (optional)
 * @param kind SYNONYM, SHOP_FLOOR, LOANWORD or MAKER
 * @param source where the entry comes from (optional: the user who added it otherwise)
 * @param version on update, the version that was edited; omitted, the last write wins
 */
public record VocabularyRequest(
    @NotNull @Size(min = 2, max = 20, message = "must have from 2 to 20 terms")
        List<
                @NotBlank @Size(max = 100)
                @Pattern(
                    regexp = "[^,\\t\\r\\n]*",
                    message = "must not contain commas, tabs or line breaks")
                String>
            terms,
    @NotNull VocabularyEntry.Direction direction,
    @Size(max = 64) String category,
    @NotNull VocabularyEntry.Kind kind,
    @Size(max = 500) String source,
    Integer version) {}
