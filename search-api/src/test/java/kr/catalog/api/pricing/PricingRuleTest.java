package kr.catalog.api.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pricing rule, case by case, with the exact won amounts worked out by hand. */
class PricingRuleTest {

  /** A 10,900 won spirit level (list price, VAT excluded). */
  private static final long LEVEL = 10_900;

  /** A 129,000 won drill. */
  private static final long DRILL = 129_000;

  @Test
  void singleUnitStandardGradeNoPromotionIsListPricePlusVat() {
    PricedLine line = PricingRule.price(DRILL, 1, PricingGrade.STANDARD, 0);
    assertThat(line)
        .isEqualTo(
            new PricedLine(1, 129_000, 0, 0, 0, 0, 0, 0, 129_000, 129_000, 12_900, 141_900, null));
  }

  @Test
  void quantityTiersStartAtTenFiftyAndOneHundredUnits() {
    assertThat(List.of(1, 9, 10, 49, 50, 99, 100, 5000).stream().map(PricingRule::tierPercent))
        .containsExactly(0, 0, 3, 3, 5, 5, 8, 8);
  }

  @Test
  void tierThenGradeThenPromotionCompoundEachRoundedHalfUpToTheWon() {
    // 10,900 - 3% (327) = 10,573; - 5% of 10,573 (528.65 -> 529) = 10,044;
    // - 10% of 10,044 (1,004.4 -> 1,004) = 9,040. x 12 = 108,480; VAT 10,848; total 119,328.
    PricedLine line = PricingRule.price(LEVEL, 12, PricingGrade.GOLD, 10);
    assertThat(line)
        .isEqualTo(
            new PricedLine(
                12, 10_900, 3, 327, 5, 529, 10, 1_004, 9_040, 108_480, 10_848, 119_328, null));
  }

  @Test
  void platinumGradeAtOneHundredUnitsWithoutPromotion() {
    // 129,000 - 8% (10,320) = 118,680; - 8% (9,494.4 -> 9,494) = 109,186. x 100 = 10,918,600.
    PricedLine line = PricingRule.price(DRILL, 100, PricingGrade.PLATINUM, 0);
    assertThat(line.unitPrice()).isEqualTo(109_186);
    assertThat(line.netAmount()).isEqualTo(10_918_600);
    assertThat(line.vatAmount()).isEqualTo(1_091_860);
    assertThat(line.grossAmount()).isEqualTo(12_010_460);
  }

  @Test
  void vatIsRoundedHalfUpPerLine() {
    // 1,235 x 1 = 1,235 net; 10% = 123.5 -> 124 (half-up).
    assertThat(PricingRule.price(1_235, 1, PricingGrade.STANDARD, 0).vatAmount()).isEqualTo(124);
    // 1,234 -> 123.4 -> 123.
    assertThat(PricingRule.price(1_234, 1, PricingGrade.STANDARD, 0).vatAmount()).isEqualTo(123);
  }

  @Test
  void discountOfHalfAWonRoundsUp() {
    // 50 won at SILVER 3%: 1.5 -> 2 won off, unit 48.
    PricedLine line = PricingRule.price(50, 1, PricingGrade.SILVER, 0);
    assertThat(line.gradeDiscount()).isEqualTo(2);
    assertThat(line.unitPrice()).isEqualTo(48);
  }

  @Test
  void totalsAreTheSumsOfTheRoundedLinesWithoutFurtherRounding() {
    // Two lines whose VAT rounds up each (123.5 -> 124): the total VAT is 248, not 247 (10% of
    // the 2,470 net total).
    PricedLine a = PricingRule.price(1_235, 1, PricingGrade.STANDARD, 0);
    PricedLine b = PricingRule.price(1_235, 1, PricingGrade.STANDARD, 0);
    assertThat(PricingRule.totals(List.of(a, b)))
        .isEqualTo(new PricingRule.Totals(2_470, 248, 2_718));
  }

  @Test
  void outOfRangeInputIsRefused() {
    assertThatThrownBy(() -> PricingRule.price(100, 0, PricingGrade.STANDARD, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PricingRule.price(-1, 1, PricingGrade.STANDARD, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PricingRule.price(100, 1, PricingGrade.STANDARD, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hugeAmountsFailLoudlyInsteadOfOverflowing() {
    assertThatThrownBy(() -> PricingRule.price(Long.MAX_VALUE / 2, 100, PricingGrade.STANDARD, 0))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theLargestSingleDiscountAppliesNeverStackedAndAPromotionWinsATie() {
    Discount promotion = Discount.promotion(7, 10);
    Discount collection = Discount.collection("spring-tools", 15);
    assertThat(promotion.orLarger(collection)).isEqualTo(collection);
    assertThat(collection.orLarger(promotion)).isEqualTo(collection);
    assertThat(promotion.orLarger(Discount.collection("other", 10))).isEqualTo(promotion);
    // 15 % alone, not 10 % then 15 %: 10,900 - 3% = 10,573; - 5% = 10,044; - 15% (1,506.6) = 8,537.
    PricedLine line =
        PricingRule.price(LEVEL, 12, PricingGrade.GOLD, promotion.orLarger(collection));
    assertThat(line.promoPercent()).isEqualTo(15);
    assertThat(line.promoDiscount()).isEqualTo(1_507);
    assertThat(line.unitPrice()).isEqualTo(8_537);
    assertThat(line.promoSource()).isEqualTo("collection:spring-tools");
  }
}
