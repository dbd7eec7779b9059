package kr.catalog.api.order;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a location can serve a whole cart now, and if not, when it could.
 *
 * @param code location code
 * @param name location name (성수점)
 * @param kind warehouse or store
 * @param address where it is
 * @param allAvailable every line is available there now: a pickup there can be ordered today
 * @param shortLines the lines it lacks now (empty when {@code allAvailable})
 * @param readyOn when everything could be there by a transfer from the warehouse (today plus the
 *     store's transfer days), if the warehouse has the units missing; null when it is available now
 *     or the warehouse lacks them too
 */
public record Availability(
    String code,
    String name,
    LocationKind kind,
    String address,
    boolean allAvailable,
    List<ShortLine> shortLines,
    LocalDate readyOn) {

  /**
   * A line the location lacks.
   *
   * @param code product code as shown
   * @param wanted units asked
   * @param available units available there now
   */
  public record ShortLine(String code, long wanted, long available) {}
}
