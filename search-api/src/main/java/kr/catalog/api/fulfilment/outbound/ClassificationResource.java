package kr.catalog.api.fulfilment.outbound;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the delivery rules propose for an order (shown before classifying it). */
@Path("/api/orders/{id}/delivery-classification")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

  @Inject DeliveryRules rules;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(
      summary = "The order's postal code, the rule's proposal and the region/partner applied")
  public DeliveryRules.Classification get(@PathParam("id") long id) {
    return rules.classification(Actor.of(identity), id);
  }
}
