package kr.catalog.search.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The engine's module rules (issue 13): it never names an adapter or a tool (it finds backends by
 * name through {@code ServiceLoader}), and its packages have no cycle, the port's package included.
 */
class EngineArchitectureTest {

  /** The engine's own production classes (not its tests, not its dependencies). */
  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("kr.catalog.search");

  /** One slice per package below {@code kr.catalog.search}, and the port's package as its own. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.equals("kr.catalog.search")) {
            return SliceIdentifier.of("port");
          }
          if (name.startsWith("kr.catalog.search.")) {
            String rest = name.substring("kr.catalog.search.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "packages of kr.catalog.search";
        }
      };

  @Test
  void theEngineNamesNoAdapterAndNoTool() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "kr.catalog.search.lucene..",
            "kr.catalog.search.elasticsearch..",
            "kr.catalog.search.tools..",
            "kr.catalog.search.load..",
            "org.apache.lucene.search..",
            "co.elastic..",
            "picocli..")
        .because("backends are found through SearchBackendFactory, tools stay out of the engine")
        .check(ENGINE);
  }

  @Test
  void theEnginePackagesHaveNoCycle() {
    slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(ENGINE);
  }
}
