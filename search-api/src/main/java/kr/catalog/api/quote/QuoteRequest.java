package kr.catalog.api.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.catalog.api.refusal.InvalidParameterException;

/**
 * Body of {@code POST /api/quotes} and of a revision: exactly one of {@code lines} (a cart), {@code
 * pasted} ({@code code quantity} per line) or {@code csv} ({@code code,quantity}).
 *
 * @param customerId the customer company; staff must give it, customers may omit it
 * @param lines cart lines
 * @param pasted a pasted list
 * @param csv CSV text
 * @param note free text printed on the sheet
 */
public record QuoteRequest(
    Long customerId,
    @Size(max = LineParser.MAX_LINES) List<@Valid @NotNull LineRequest> lines,
    @Size(max = LineParser.MAX_TEXT_CHARS) String pasted,
    @Size(max = LineParser.MAX_TEXT_CHARS) String csv,
    @Size(max = 1000) String note) {

  /** The requested lines, from whichever form was given. */
  List<RequestedLine> requestedLines() {
    int given = (lines != null ? 1 : 0) + (pasted != null ? 1 : 0) + (csv != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidParameterException("lines", "give exactly one of lines, pasted or csv");
    }
    if (lines != null) {
      return LineParser.cart(lines);
    }
    return pasted != null ? LineParser.pasted(pasted) : LineParser.csv(csv);
  }
}
