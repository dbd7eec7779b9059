package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.feed.MasterFiles;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;

/** Named fixtures: a tiny maker and category master and helpers to write feeds next to them. */
final class Feeds {
  static final Maker BOSCH = new Maker("bosch", "보쉬", "Bosch", List.of("Robert Bosch"));
  static final Maker MAKITA = new Maker("makita", "마끼다", "Makita", List.of("마키타"));
  static final Category POWER = new Category("01", null, "전동공구", "Power Tools");
  static final Category DRILLS = new Category("01.01", "01", "드릴/드라이버", "Drills & Drivers");
  static final Category GRINDERS = new Category("01.02", "01", "그라인더", "Grinders");

  /** Header of supplier A's CSV as used by these fixtures. */
  static final String CSV_HEADER = "제품코드,제조사,제품명,분류,정가,부가세포함,중량,수정일";

  private Feeds() {}

  static Path masters(Path dir) throws IOException {
    Files.createDirectories(dir);
    MasterFiles.writeMakers(dir.resolve("makers.csv"), List.of(BOSCH, MAKITA));
    MasterFiles.writeCategories(dir.resolve("categories.csv"), List.of(POWER, DRILLS, GRINDERS));
    return dir;
  }

  static Path csv(Path dir, String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, CSV_HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
