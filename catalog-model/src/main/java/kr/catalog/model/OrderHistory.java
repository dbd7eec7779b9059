package kr.catalog.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A generated purchase history that travels with a catalog ({@value #FILE_NAME} in the catalog
 * directory): business customers and their past orders, for the platform to import as delivered
 * orders (recommendations need something to learn from on a fresh database). Dates are relative
 * ({@link Order#daysAgo()}), so the same file always reads as "the last months" whenever it is
 * imported.
 *
 * @param format the file format, {@link #FORMAT}
 * @param catalogVersion the catalog version the history was generated for (its codes exist there)
 * @param seed the random seed it was generated with
 * @param customers the customer companies
 * @param orders every order, oldest first
 */
public record OrderHistory(
    int format, String catalogVersion, long seed, List<Customer> customers, List<Order> orders) {

  /** The file's name in a catalog directory. */
  public static final String FILE_NAME = "order-history.json";

  /** The current format. */
  public static final int FORMAT = 1;

  public OrderHistory {
    customers = List.copyOf(customers);
    orders = List.copyOf(orders);
  }

  /**
   * A business customer of the history.
   *
   * @param id stable id within the history ({@code B001})
   * @param name company name
   * @param grade customer grade ({@code STANDARD}, {@code SILVER}, {@code GOLD}, ...)
   */
  public record Customer(String id, String name, String grade) {}

  /**
   * A past order.
   *
   * @param no stable order number within the history ({@code B001-0007})
   * @param customer {@link Customer#id()}
   * @param daysAgo how many days before the import it was placed
   * @param lines its lines, one per product
   */
  public record Order(String no, String customer, int daysAgo, List<Line> lines) {
    public Order {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One order line.
   *
   * @param codeKey the product's {@link Product#codeKey()}
   * @param quantity units ordered, at least 1
   */
  public record Line(String codeKey, int quantity) {}

  /** The history stored in a catalog directory, if there is one. */
  public static Optional<OrderHistory> read(Path catalogDir) throws IOException {
    Path file = catalogDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(CatalogJson.mapper().readValue(file.toFile(), OrderHistory.class));
  }

  /** Writes the history into a catalog directory, replacing any previous one atomically. */
  public void write(Path catalogDir) throws IOException {
    Path tmp = catalogDir.resolve(FILE_NAME + ".tmp-" + UUID.randomUUID());
    try {
      CatalogJson.mapper().writeValue(tmp.toFile(), this);
      try {
        Files.move(
            tmp,
            catalogDir.resolve(FILE_NAME),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, catalogDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
