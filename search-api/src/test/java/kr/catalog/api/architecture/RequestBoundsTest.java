package kr.catalog.api.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every paging parameter of every endpoint has an upper bound (issue #21, point 8): {@code GET
 * /api/orders?page=21474837&size=100} multiplied into an int overflow and answered 500. A new
 * endpoint with an unbounded {@code page}, {@code size} or {@code limit} fails here, by name.
 */
class RequestBoundsTest {

  private static final Set<String> PAGING = Set.of("page", "size", "limit");

  @Test
  void everyPagingQueryParameterHasAnUpperBound() {
    List<String> unbounded = new ArrayList<>();
    int seen = 0;
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.catalog.api")) {
      Class<?> type = javaClass.reflect();
      for (Field field : type.getDeclaredFields()) {
        if (isPaging(field)) {
          seen++;
          if (!field.isAnnotationPresent(Max.class)) {
            unbounded.add(type.getSimpleName() + "." + field.getName());
          }
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (isPaging(parameter)) {
            seen++;
            if (!parameter.isAnnotationPresent(Max.class)) {
              unbounded.add(
                  type.getSimpleName()
                      + "."
                      + method.getName()
                      + "("
                      + parameter.getAnnotation(QueryParam.class).value()
                      + ")");
            }
          }
        }
      }
    }
    // orders, audit and search (page, size), suggest, lookup, makers, book search (limit)
    assertThat(seen).isGreaterThanOrEqualTo(10);
    assertThat(unbounded).as("paging parameters without @Max").isEmpty();
  }

  private static boolean isPaging(AnnotatedElement element) {
    QueryParam query = element.getAnnotation(QueryParam.class);
    return query != null && PAGING.contains(query.value());
  }
}
