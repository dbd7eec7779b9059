package kr.catalog.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryDirectoryTest {
  static final Category POWER = new Category("01", null, "전동공구", "Power Tools");
  static final Category DRILLS = new Category("01.01", "01", "드릴/드라이버", "Drills & Drivers");
  static final Category GRINDERS = new Category("01.02", "01", "그라인더", "Grinders");
  static final Category PNEUMATIC = new Category("07", null, "공압/유압", "Pneumatic & Hydraulic");
  static final Category AIR = new Category("07.01", "07", "에어공구", "Air Tools");
  static final CategoryDirectory DIRECTORY =
      new CategoryDirectory(List.of(POWER, DRILLS, GRINDERS, PNEUMATIC, AIR));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01.01",
        "전동공구 > 드릴/드라이버",
        "전동공구>드릴/드라이버",
        "Power Tools > Drills & Drivers",
        "power tools › drills & drivers",
        "드릴/드라이버",
        "Drills & Drivers"
      })
  void aLeafIsFoundByIdPathOrUniqueName(String raw) {
    assertThat(DIRECTORY.requireLeaf(raw)).isEqualTo(DRILLS);
  }

  @Test
  void aTopNameWithASlashIsNoPathSeparator() {
    assertThat(DIRECTORY.requireLeaf("공압/유압 > 에어공구")).isEqualTo(AIR);
  }

  @Test
  void aTopCategoryIsRefusedBecauseProductsBelongToLeaves() {
    assertThatThrownBy(() -> DIRECTORY.requireLeaf("01"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_CATEGORY);
              assertThat(e.getMessage()).contains("not a leaf");
            });
  }

  @Test
  void anUnknownCategoryIsRefused() {
    assertThatThrownBy(() -> DIRECTORY.requireLeaf("기타 > 미분류"))
        .isInstanceOfSatisfying(
            NormalizationException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_CATEGORY));
  }

  @Test
  void topWalksUpToTheTopCategory() {
    assertThat(DIRECTORY.top("01.02")).isEqualTo(POWER);
  }
}
