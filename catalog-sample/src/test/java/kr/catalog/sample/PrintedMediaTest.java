package kr.catalog.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files written for a catalog do not depend on how many threads write them. */
class PrintedMediaTest {
  @TempDir Path dir;

  @Test
  void oneThreadAndThreeWriteTheSameFilesAndCountEveryOne() throws Exception {
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
            .generate(dir.resolve("feeds"), Progress.NONE);
    List<Product> products =
        g.products().stream().sorted(Comparator.comparing(Product::codeKey)).limit(40).toList();
    AtomicLong steps = new AtomicLong();
    List<String> started = new ArrayList<>();
    Progress counting =
        (name, total) -> {
          started.add(name + " " + total);
          return new Progress.Task() {
            @Override
            public void stepBy(long n) {
              steps.addAndGet(n);
            }

            @Override
            public void close() {}
          };
        };

    MediaWriter.Attachments one =
        new PrintedMedia(5, CatalogGenerator.SEED, 4, 1)
            .attachments(products, g.makers(), dir.resolve("one"), Progress.NONE);
    MediaWriter.Attachments three =
        new PrintedMedia(5, CatalogGenerator.SEED, 4, 3)
            .attachments(products, g.makers(), dir.resolve("three"), counting);

    assertThat(three).isEqualTo(one);
    assertThat(one.images()).hasSize(products.size());
    assertThat(one.drawings()).hasSize(8);
    TreeMap<String, byte[]> a = files(dir.resolve("one"));
    TreeMap<String, byte[]> b = files(dir.resolve("three"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach(
        (name, bytes) -> {
          // PDFs carry their own creation instant; pictures and drawings must match byte for byte.
          if (!name.endsWith(".pdf")) {
            assertThat(b.get(name)).as(name).isEqualTo(bytes);
          }
        });
    long families = products.stream().map(Product::family).distinct().count();
    assertThat(started)
        .containsExactly("manuals " + (families + 4) / 5, "drawings " + 8, "pictures " + families);
    assertThat(steps.get()).isEqualTo((families + 4) / 5 + 8 + families);
  }

  private static TreeMap<String, byte[]> files(Path root) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
