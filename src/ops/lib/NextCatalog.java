import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogJson;
import kr.catalog.model.CatalogStore;
import kr.catalog.model.Product;

/**
 * The next catalog version for src/ops/production-shape.sh's "publish" scenario, written as
 * catalog-ingest writes one: the served catalog with the list price of every tenth product raised
 * by 5 % (a supplier's price list), a new version name, and its changes.json against the served
 * version, so the platform applies it as a partial update (the publish path under test).
 *
 * <pre>java -cp 'APP/lib/main/*' NextCatalog.java SERVED_CATALOG_DIR OUT_CATALOG_DIR</pre>
 *
 * The products the load orders (BL-565-2) and searches stay, so only the publication can make a
 * request fail. Media: an empty media directory beside the catalog (the served one's media are
 * already in the shared store, and a price list brings none).
 */
public final class NextCatalog {
  public static void main(String[] args) throws Exception {
    Path servedDir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Catalog served = new CatalogStore(servedDir).read();
    List<Product> products = new ArrayList<>(served.products().size());
    List<String> updated = new ArrayList<>();
    for (int i = 0; i < served.products().size(); i++) {
      Product p = served.products().get(i);
      if (i % 10 == 3 && !p.discontinued()) {
        p =
            new Product(
                p.code(),
                p.codeKey(),
                p.family(),
                p.nameKo(),
                p.nameEn(),
                p.makerId(),
                p.categoryId(),
                Math.round(p.listPrice() * 1.05),
                p.origin(),
                p.brand(),
                p.privateBrand(),
                p.newProduct(),
                p.discontinued(),
                p.specs(),
                p.videoUrls(),
                p.releasedOn(),
                p.identifiers());
        updated.add(p.codeKey());
      }
      products.add(p);
    }
    String version = served.version() + "-prices-" + Instant.now().getEpochSecond();
    Catalog next =
        new Catalog(
            version,
            served.makers(),
            served.categories(),
            products,
            served.assets(),
            served.bookPages());
    ObjectMapper json = CatalogJson.mapper();
    new CatalogStore(out)
        .write(
            next,
            "production-shape publish " + version,
            dir ->
                json.writeValue(
                    dir.resolve("changes.json").toFile(),
                    Map.of(
                        "fromVersion", served.version(),
                        "added", List.of(),
                        "updated", updated,
                        "removed", List.of())));
    Files.createDirectories(out.resolveSibling("media"));
    System.out.println(version + ": " + updated.size() + " prices changed, " + out);
  }
}
