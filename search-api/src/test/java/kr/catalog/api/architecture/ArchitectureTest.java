package kr.catalog.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the lines the modules and packages were re-cut along (issue 13). Reads the main classes of
 * the API and of the modules on its classpath (test classes excluded: a test may reach anywhere).
 * Each rule fails on the first class that crosses its line, naming it.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.catalog");
  }

  /** The REST edge: resources, their parameter beans, and the generic {@code rest} package. */
  private static final DescribedPredicate<JavaClass> REST_LAYER =
      DescribedPredicate.describe(
          "in the REST layer (a *Resource, a *Params bean or kr.catalog.api.rest)",
          c -> {
            String name =
                c.getEnclosingClass().map(JavaClass::getSimpleName).orElse(c.getSimpleName());
            return c.getPackageName().startsWith("kr.catalog.api.rest")
                || name.endsWith("Resource")
                || name.endsWith("Params");
          });

  @Test
  void apiImportsClassesFromEveryPackageTheRulesName() {
    // Guards the rules below against passing on an empty or partial import.
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("kr.catalog.api.order"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("kr.catalog.search"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.containPackage("kr.catalog.search.lucene")
                && classes.containPackage("kr.catalog.search.elasticsearch"))
        .isTrue();
  }

  @Test
  void apiPackagesAreFreeOfCycles() {
    slices().matching("kr.catalog.api.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void jaxRsTypesStayInTheRestLayer() {
    noClasses()
        .that()
        .resideInAPackage("kr.catalog.api..")
        .and(DescribedPredicate.not(REST_LAYER))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .because("services refuse with kr.catalog.api.refusal; only the REST edge speaks HTTP")
        .check(classes);
  }

  @Test
  void refusalsDependOnNothingOfTheApi() {
    noClasses()
        .that()
        .resideInAPackage("kr.catalog.api.refusal..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "kr.catalog.api.refusal..")
        .because("every service throws them, so they may know nothing of any service or of HTTP")
        .check(classes);
  }

  @Test
  void searchEngineCoreNeverImportsItsAdapters() {
    noClasses()
        .that()
        .resideInAPackage("kr.catalog.search..")
        .and()
        .resideOutsideOfPackages(
            "kr.catalog.search.lucene..",
            "kr.catalog.search.elasticsearch..",
            // Tooling drives both backends on purpose; it is not part of the core.
            "kr.catalog.search.load..",
            "kr.catalog.search.tools..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kr.catalog.search.lucene..", "kr.catalog.search.elasticsearch..")
        .because("the core finds its adapters without importing them")
        .check(classes);
  }

  @Test
  void apiNeverImportsTheSampleGenerator() {
    noClasses()
        .that()
        .resideInAPackage("kr.catalog.api..")
        .should()
        .dependOnClassesThat()
        // Where the generator lives today, and the catalog-sample module it moves to.
        .resideInAnyPackage("kr.catalog.ingest.generate..", "kr.catalog.sample..")
        .because("the sample is pulled in only where it is needed, not by the application")
        .check(classes);
  }

  @Test
  void apiNeverImportsLoadOrBenchmarkTooling() {
    noClasses()
        .that()
        .resideInAPackage("kr.catalog.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kr.catalog.search.load..", "kr.catalog.search.tools..")
        .because("load drivers and benchmarks stay off the application's runtime classpath")
        .check(classes);
  }
}
