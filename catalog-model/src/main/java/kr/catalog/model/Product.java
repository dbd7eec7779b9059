package kr.catalog.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One catalog item after normalisation.
 *
 * @param code the display form of the product code as the maker prints it ({@code GSB 13 RE})
 * @param codeKey the matching form: upper case, without spaces, hyphens, dots or slashes ({@code
 *     GSB13RE}); unique across the catalog
 * @param family groups variants of one product (same model in several sizes), may equal codeKey
 * @param nameKo Korean product name
 * @param nameEn English product name, may be empty
 * @param makerId {@link Maker#id()}
 * @param categoryId the leaf {@link Category#id()}
 * @param listPrice list price in whole KRW, VAT excluded
 * @param origin country of origin (ISO 3166 alpha-2, e.g. {@code DE}, {@code KR})
 * @param brand brand name as printed, may differ from the maker (private brands)
 * @param privateBrand whether this is the distributor's own private brand
 * @param newProduct flagged as new in the catalog
 * @param discontinued no longer sold; kept for lookup of old codes
 * @param specs normalised specifications, SI units in the key or value ({@code 무게: 1.2 kg})
 * @param videoUrls usage videos
 * @param releasedOn release date when known, for "newest" sorting
 * @param identifiers what else the product is known by: the maker's model number, supplier codes,
 *     barcodes ({@link Identifier}); empty in catalogs written before identifiers existed, and left
 *     out of the JSON when empty so such catalogs still read and products without any are written
 *     as before
 */
public record Product(
    String code,
    String codeKey,
    String family,
    String nameKo,
    String nameEn,
    String makerId,
    String categoryId,
    long listPrice,
    String origin,
    String brand,
    boolean privateBrand,
    boolean newProduct,
    boolean discontinued,
    Map<String, String> specs,
    List<String> videoUrls,
    LocalDate releasedOn,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Identifier> identifiers) {
  public Product {
    specs = Map.copyOf(specs);
    videoUrls = List.copyOf(videoUrls);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** A product known only by its catalog code (no model number, supplier code or barcode). */
  public Product(
      String code,
      String codeKey,
      String family,
      String nameKo,
      String nameEn,
      String makerId,
      String categoryId,
      long listPrice,
      String origin,
      String brand,
      boolean privateBrand,
      boolean newProduct,
      boolean discontinued,
      Map<String, String> specs,
      List<String> videoUrls,
      LocalDate releasedOn) {
    this(
        code,
        codeKey,
        family,
        nameKo,
        nameEn,
        makerId,
        categoryId,
        listPrice,
        origin,
        brand,
        privateBrand,
        newProduct,
        discontinued,
        specs,
        videoUrls,
        releasedOn,
        List.of());
  }

  /** This product with these identifiers instead of its own. */
  public Product withIdentifiers(List<Identifier> replacement) {
    return new Product(
        code,
        codeKey,
        family,
        nameKo,
        nameEn,
        makerId,
        categoryId,
        listPrice,
        origin,
        brand,
        privateBrand,
        newProduct,
        discontinued,
        specs,
        videoUrls,
        releasedOn,
        replacement);
  }
}
