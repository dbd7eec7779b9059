package kr.catalog.sample.media;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.model.Product;

/**
 * A small named catalogue for the media generators and the book digitiser: real-looking codes in
 * the forms makers print them (with spaces, hyphens, dots, slashes), plus numbered fillers so
 * sections run over several pages.
 */
public final class BookFixtures {
  public static final Product DRILL_BOSCH =
      product("GSB 13 RE", "01.01", "충전 임팩트 드릴", "Impact drill", "bosch", 89_000);
  public static final Product DRILL_MAKITA =
      product("HP1640", "01.01", "해머 드릴", "Hammer drill", "makita", 76_500);
  public static final Product DRILL_DEWALT =
      product("DCD796N", "01.01", "브러시리스 드릴 드라이버", "Brushless drill driver", "dewalt", 159_000);
  public static final Product GRINDER_BOSCH =
      product("GWS 750-100", "01.02", "앵글 그라인더", "Angle grinder", "bosch", 64_000);
  public static final Product ENDMILL_YG =
      product("EM.4F/10", "02.01", "초경 엔드밀 4날 10mm", "Carbide end mill 4F 10mm", "yg1", 38_200);
  public static final Product BEARING_SKF =
      product("6204-2RSH", "03.01", "깊은 홈 볼 베어링", "Deep groove ball bearing", "skf", 7_900);
  public static final Product BEARING_NSK =
      product("6204ZZ", "03.01", "볼 베어링 (차폐형)", "Ball bearing, shielded", "nsk", 6_300);
  public static final Product DISCONTINUED_DRILL =
      new Product(
          "OLD-100",
          "OLD100",
          "OLD100",
          "단종 드릴",
          "Old drill",
          "bosch",
          "01.01",
          1_000,
          "DE",
          "Bosch",
          false,
          false,
          true,
          Map.of(),
          List.of(),
          null);

  public static final Map<String, String> MAKERS =
      Map.of(
          "bosch", "보쉬 Bosch",
          "makita", "마끼다 Makita",
          "dewalt", "디월트 DeWALT",
          "yg1", "와이지원 YG-1",
          "skf", "SKF",
          "nsk", "NSK");

  public static final Map<String, String> CATEGORIES =
      Map.of(
          "01", "전동공구 Power tools",
          "01.01", "드릴 Drills",
          "01.02", "그라인더 Grinders",
          "02", "절삭공구 Cutting tools",
          "02.01", "엔드밀 End mills",
          "03", "베어링 Bearings",
          "03.01", "볼 베어링 Ball bearings");

  private BookFixtures() {}

  /** The named products plus {@code fillers} numbered end mills and bearings. */
  public static List<Product> products(int fillers) {
    List<Product> products =
        new ArrayList<>(
            List.of(
                DRILL_BOSCH,
                DRILL_MAKITA,
                DRILL_DEWALT,
                GRINDER_BOSCH,
                ENDMILL_YG,
                BEARING_SKF,
                BEARING_NSK,
                DISCONTINUED_DRILL));
    for (int i = 1; i <= fillers; i++) {
      boolean mill = i % 2 == 0;
      String code = String.format(Locale.ROOT, mill ? "EM-%04d-S" : "BRG %04d", i);
      // Families of up to 12 sizes, as a maker's product line prints them.
      String family = (mill ? "EMFAM" : "BRGFAM") + (i - 1) / 24;
      products.add(
          withFamily(
              product(
                  code,
                  mill ? "02.01" : "03.01",
                  mill ? "엔드밀 " + i : "베어링 " + i,
                  mill ? "End mill " + i : "Bearing " + i,
                  mill ? "yg1" : "skf",
                  1_000L * i),
              family,
              i));
    }
    return products;
  }

  /** The code key as the model defines it: upper case without spaces, hyphens, dots, slashes. */
  public static String codeKey(String code) {
    return code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
  }

  private static Product withFamily(Product p, String family, int size) {
    return new Product(
        p.code(),
        p.codeKey(),
        family,
        p.nameKo(),
        p.nameEn(),
        p.makerId(),
        p.categoryId(),
        p.listPrice(),
        p.origin(),
        p.brand(),
        p.privateBrand(),
        p.newProduct(),
        p.discontinued(),
        Map.of("무게 Weight", "1.2 kg", "지름 Diameter", size + " mm"),
        p.videoUrls(),
        p.releasedOn());
  }

  static Product product(
      String code, String category, String nameKo, String nameEn, String maker, long price) {
    String key = codeKey(code);
    return new Product(
        code,
        key,
        key,
        nameKo,
        nameEn,
        maker,
        category,
        price,
        "KR",
        maker,
        false,
        false,
        false,
        Map.of("무게 Weight", "1.2 kg", "전압 Voltage", "18 V"),
        List.of(),
        LocalDate.of(2025, 3, 1));
  }
}
