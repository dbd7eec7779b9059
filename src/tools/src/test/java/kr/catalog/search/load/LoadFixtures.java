package kr.catalog.search.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;

/** A small named catalog for the load tests: two makers, two top categories, five products. */
final class LoadFixtures {

  static final Maker BOSCH = new Maker("M001", "보쉬", "Bosch", List.of("BOSCH"));
  static final Maker MAKITA = new Maker("M002", "마끼다", "Makita", List.of());
  static final Category TOOLS = new Category("01", null, "전동공구", "Power tools");
  static final Category DRILLS = new Category("01.01", "01", "드릴", "Drills");
  static final Category SAFETY = new Category("02", null, "안전용품", "Safety");

  static final Product DRILL_BOSCH =
      product("GSB-13RE", "GSB13RE", "전동드릴 보쉬 13mm", "Impact drill", BOSCH, DRILLS, 89_000);
  static final Product DRILL_MAKITA =
      product("HP-1630", "HP1630", "해머드릴 마끼다", "Hammer drill", MAKITA, DRILLS, 120_000);
  static final Product GLOVES =
      product("GL 200/B", "GL200B", "코팅장갑 10켤레", "Coated gloves", MAKITA, SAFETY, 12_500);
  static final Product HELMET =
      product("HM-7", "HM7", "안전모", "Safety helmet", BOSCH, SAFETY, 23_000);

  /** Never requested: the mix leaves discontinued products out. */
  static final Product OLD_DRILL =
      new Product(
          "GSB-10",
          "GSB10",
          "GSB-10",
          "구형드릴",
          "Old drill",
          BOSCH.id(),
          DRILLS.id(),
          50_000,
          "DE",
          "Bosch",
          false,
          false,
          true,
          Map.of(),
          List.of(),
          LocalDate.of(2015, 1, 1));

  static final Catalog CATALOG =
      new Catalog(
          "test-1",
          List.of(BOSCH, MAKITA),
          List.of(TOOLS, DRILLS, SAFETY),
          List.of(DRILL_BOSCH, DRILL_MAKITA, GLOVES, HELMET, OLD_DRILL),
          List.of(),
          List.of());

  /** A platform with one 12-page book, two stocked products and a customer for counsellors. */
  static final LoadMix.Context FULL_CONTEXT =
      new LoadMix.Context(
          List.of(new LoadMix.Book("catalog-book", 12)),
          List.of(DRILL_BOSCH.code(), GLOVES.code()),
          7L);

  private LoadFixtures() {}

  private static Product product(
      String code,
      String key,
      String nameKo,
      String nameEn,
      Maker maker,
      Category category,
      long price) {
    return new Product(
        code,
        key,
        key,
        nameKo,
        nameEn,
        maker.id(),
        category.id(),
        price,
        "KR",
        maker.nameEn(),
        false,
        code.startsWith("HM"),
        false,
        Map.of("전압", "18V"),
        List.of(),
        LocalDate.of(2025, 3, 1));
  }
}
