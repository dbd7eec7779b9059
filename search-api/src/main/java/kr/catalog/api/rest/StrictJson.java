package kr.catalog.api.rest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly, for every endpoint at once (issue #21, point 8), instead of
 * Jackson's lenient defaults, which turned a client's mistake into a different valid request or a
 * 500:
 *
 * <ul>
 *   <li>a missing or {@code null} primitive number ({@code {}} for {@code {"onHand": 5}}) was read
 *       as 0: now refused ({@link DeserializationFeature#FAIL_ON_NULL_FOR_PRIMITIVES});
 *   <li>a fraction where a whole number belongs ({@code "quantity": 1.5}) was cut to 1: now refused
 *       ({@link DeserializationFeature#ACCEPT_FLOAT_AS_INT} off);
 *   <li>a {@code null} element of an array ({@code "lines": [null]}) reached the service and failed
 *       there with a 500: now refused while reading ({@code contentNulls = FAIL} by default).
 * </ul>
 *
 * Each refusal is a {@code MismatchedInputException} carrying the JSON path, which {@link
 * ProblemMappers#mismatchedBody} answers as a 400 problem naming the field ({@code lines[0]}).
 * Optional numbers stay optional: they are declared as {@code Integer}/{@code Long}, not
 * primitives.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
  }
}
