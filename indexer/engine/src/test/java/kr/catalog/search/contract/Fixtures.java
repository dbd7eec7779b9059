package kr.catalog.search.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Asset;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;

/** The small named catalog every contract test runs on. */
final class Fixtures {

  static final Maker BOSCH =
      new Maker("bosch", "보쉬", "Bosch", List.of("BOSCH", "Bosch Korea (주)", "봇슈"));
  static final Maker MAKITA = new Maker("makita", "마끼다", "Makita", List.of("MAKITA", "마키타"));
  static final Maker DEWALT = new Maker("dewalt", "디월트", "DeWalt", List.of("DEWALT", "디왈트"));
  static final Maker THREE_M = new Maker("3m", "쓰리엠", "3M", List.of("3M Korea"));
  static final Maker BOSUNG = new Maker("bosung", "보성공구", "Bosung Tools", List.of());
  static final Maker CATALOG_PB = new Maker("catalog-pb", "카탈로그", "Catalog", List.of());
  static final Maker STANLEY = new Maker("stanley", "스탠리", "Stanley", List.of());

  static final Category POWER_TOOLS = new Category("01", null, "전동공구", "Power tools");
  static final Category DRILLS = new Category("01.01", "01", "전동드릴", "Power drills");
  static final Category GRINDERS = new Category("01.02", "01", "그라인더", "Grinders");
  static final Category SAFETY = new Category("02", null, "안전용품", "Safety");
  static final Category GLASSES = new Category("02.01", "02", "보안경", "Safety glasses");
  static final Category MEASURING = new Category("03", null, "측정공구", "Measuring tools");

  static final Product DRILL_BOSCH =
      product(
          "GSB 13 RE",
          "GSB13RE",
          "GSB13RE",
          "보쉬 전동드릴 GSB 13 RE",
          "Bosch impact drill",
          BOSCH,
          DRILLS,
          89_000,
          "DE",
          "Bosch",
          false,
          true,
          false,
          Map.of("전압", "220 V", "무게", "1.8 kg"),
          LocalDate.of(2024, 3, 1));
  static final Product DRILL_BOSCH_OLD =
      product(
          "GSB 13",
          "GSB13",
          "GSB13",
          "보쉬 전동드릴 GSB 13 (구형)",
          "Bosch impact drill (old)",
          BOSCH,
          DRILLS,
          79_000,
          "DE",
          "Bosch",
          false,
          false,
          true,
          Map.of(),
          LocalDate.of(2015, 1, 1));
  static final Product DRILL_BOSCH_18V =
      product(
          "GSR 18V-50",
          "GSR18V50",
          "GSR18V50",
          "보쉬 충전드릴 GSR 18V-50",
          "Bosch cordless drill",
          BOSCH,
          DRILLS,
          259_000,
          "MY",
          "Bosch",
          false,
          false,
          false,
          Map.of("전압", "18 V"),
          LocalDate.of(2023, 6, 1));
  static final Product DRILL_MAKITA =
      product(
          "HP1630",
          "HP1630",
          "HP1630",
          "마끼다 전동드릴 HP1630",
          "Makita hammer drill",
          MAKITA,
          DRILLS,
          75_000,
          "JP",
          "Makita",
          false,
          false,
          false,
          Map.of("전압", "220 V"),
          LocalDate.of(2022, 9, 1));
  static final Product DRILL_BOSUNG =
      product(
          "BS-500",
          "BS500",
          "BS500",
          "보성공구 전동드릴 BS-500",
          "",
          BOSUNG,
          DRILLS,
          39_000,
          "KR",
          "보성공구",
          false,
          false,
          false,
          Map.of(),
          null);
  static final Product GRINDER_BOSCH =
      product(
          "GWS 750-100",
          "GWS750100",
          "GWS750",
          "보쉬 그라인더 GWS 750-100",
          "Bosch angle grinder",
          BOSCH,
          GRINDERS,
          65_000,
          "CN",
          "Bosch",
          false,
          true,
          false,
          Map.of("디스크", "100 mm"),
          LocalDate.of(2024, 1, 15));
  static final Product GRINDER_BOSCH_125 =
      product(
          "GWS 750-125",
          "GWS750125",
          "GWS750",
          "보쉬 그라인더 GWS 750-125",
          "Bosch angle grinder",
          BOSCH,
          GRINDERS,
          72_000,
          "CN",
          "Bosch",
          false,
          false,
          false,
          Map.of("디스크", "125 mm"),
          LocalDate.of(2024, 1, 15));
  static final Product GRINDER_DEWALT =
      product(
          "DWE8100S",
          "DWE8100S",
          "DWE8100S",
          "디월트 앵글 그라인더 DWE8100S",
          "DeWalt angle grinder",
          DEWALT,
          GRINDERS,
          69_000,
          "CN",
          "DeWalt",
          false,
          false,
          false,
          Map.of("디스크", "100 mm"),
          LocalDate.of(2021, 5, 1));
  static final Product GLASSES_3M =
      product(
          "SF-201AF",
          "SF201AF",
          "SF201AF",
          "3M 보안경 SF201AF",
          "3M safety glasses",
          THREE_M,
          GLASSES,
          4_500,
          "US",
          "3M",
          false,
          false,
          false,
          Map.of("렌즈", "투명"),
          LocalDate.of(2020, 2, 1));
  static final Product GLASSES_PB =
      product(
          "PB-G100",
          "PBG100",
          "PBG100",
          "카탈로그 보안경 클리어",
          "Catalog safety glasses clear",
          CATALOG_PB,
          GLASSES,
          2_900,
          "KR",
          "CATALOG PB",
          true,
          true,
          false,
          Map.of("렌즈", "투명"),
          LocalDate.of(2025, 1, 1));

  static final Asset DRILL_BOSCH_MANUAL =
      new Asset(
          "a1",
          "GSB13RE",
          Asset.Kind.MANUAL,
          "manuals/gsb13re.pdf",
          null,
          "application/pdf",
          "GSB 13 RE 사용설명서",
          // "dril" (sic) is a typo printed in the manual: typed, it finds this product exactly
          // and, as it finds so little, the drills of its correction "drill" after it.
          "콘크리트와 벽돌에 구멍을 뚫는 해머 기능. 비트 교체는 키리스 척으로 합니다. Hammer dril mode.",
          12,
          "x");

  static final List<Product> PRODUCTS =
      List.of(
          DRILL_BOSCH,
          DRILL_BOSCH_OLD,
          DRILL_BOSCH_18V,
          DRILL_MAKITA,
          DRILL_BOSUNG,
          GRINDER_BOSCH,
          GRINDER_BOSCH_125,
          GRINDER_DEWALT,
          GLASSES_3M,
          GLASSES_PB);

  static final Catalog CATALOG =
      new Catalog(
          "fixture-1",
          List.of(BOSCH, MAKITA, DEWALT, THREE_M, BOSUNG, CATALOG_PB, STANLEY),
          List.of(POWER_TOOLS, DRILLS, GRINDERS, SAFETY, GLASSES, MEASURING),
          PRODUCTS,
          List.of(DRILL_BOSCH_MANUAL),
          List.of());

  /** Makita's drill is in stock and discounted, 3M's glasses are in stock. */
  static final ProductSignals SIGNALS =
      new ProductSignals(
          Map.of(
              "HP1630", new ProductSignals.Signal(true, true),
              "SF201AF", new ProductSignals.Signal(true, false)));

  private Fixtures() {}

  static Product product(
      String code,
      String key,
      String family,
      String nameKo,
      String nameEn,
      Maker maker,
      Category category,
      long price,
      String origin,
      String brand,
      boolean pb,
      boolean isNew,
      boolean discontinued,
      Map<String, String> specs,
      LocalDate released) {
    return new Product(
        code,
        key,
        family,
        nameKo,
        nameEn,
        maker.id(),
        category.id(),
        price,
        origin,
        brand,
        pb,
        isNew,
        discontinued,
        specs,
        List.of(),
        released);
  }
}
