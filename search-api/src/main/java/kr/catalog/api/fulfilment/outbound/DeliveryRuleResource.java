package kr.catalog.api.fulfilment.outbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery classification rules: postal-code prefix to region and partner. */
@Path("/api/delivery-rules")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryRuleResource {

  @Inject DeliveryRules rules;

  /** One rule: 1-5 leading digits of a postal code. */
  public record RuleRequest(
      @NotNull @Pattern(regexp = "[0-9]{1,5}", message = "must be 1 to 5 digits") String prefix,
      @NotBlank @Size(max = 64) String region,
      @NotBlank @Size(max = 64) String partner) {}

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Every rule, by prefix")
  public List<DeliveryRules.Rule> list() {
    return rules.all();
  }

  @PUT
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Replace the rules (the longest matching prefix wins)")
  public List<DeliveryRules.Rule> replace(
      @NotNull @Size(max = 10_000) List<@Valid @NotNull RuleRequest> request) {
    return rules.replace(
        request.stream()
            .map(r -> new DeliveryRules.Rule(r.prefix(), r.region(), r.partner()))
            .toList());
  }
}
