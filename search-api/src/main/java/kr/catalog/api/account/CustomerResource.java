package kr.catalog.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.pricing.PricingGrade;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer directory, for counsellors choosing whom a phone or fax order is for. */
@Path("/api/customers")
@Tag(name = "customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @Inject CustomerService customers;

  /** A customer company as listed. */
  public record CustomerView(
      long id, String name, PricingGrade grade, String phone, String fax, String address) {}

  @GET
  @RolesAllowed({Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(summary = "Customer companies (counsellors, admins)")
  public List<CustomerView> list() {
    return customers.all().stream()
        .map(c -> new CustomerView(c.id, c.name, c.grade, c.phone, c.fax, c.address))
        .toList();
  }
}
