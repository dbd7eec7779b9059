package kr.catalog.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.catalog.api.pricing.PricingGrade;
import kr.catalog.api.security.Role;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer directory, for counsellors choosing whom a phone or fax order is for; admins
 * register companies and create log-ins.
 */
@Path("/api/customers")
@Tag(name = "customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @Inject CustomerService customers;

  /** A customer company as listed. */
  public record CustomerView(
      long id, String name, PricingGrade grade, String phone, String fax, String address) {}

  /** A new customer company. */
  public record CompanyRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull PricingGrade grade,
      @Size(max = 20) String businessNo,
      @Size(max = 400) String address,
      @Size(max = 40) String phone,
      @Size(max = 40) String fax) {}

  /**
   * A new log-in; {@code companyId} for customer users only; {@code email} (optional) receives the
   * notifications of the company's orders.
   */
  public record UserRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
      @NotNull @Size(min = 10, max = 200) @BcryptLength String password,
      @NotBlank @Size(max = 100) String displayName,
      @NotNull Role role,
      Long companyId,
      @Email @Size(max = 254) String email) {}

  /** A created log-in (never the password or its hash). */
  public record UserView(
      long id, String username, String displayName, Role role, Long companyId, String email) {}

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a customer company (admins)")
  public Response create(@Valid @NotNull CompanyRequest request) {
    CustomerCompany c = customers.create(request);
    return Response.status(201)
        .entity(new CustomerView(c.id, c.name, c.grade, c.phone, c.fax, c.address))
        .build();
  }

  @POST
  @Path("users")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a log-in for a customer user or a staff member (admins)")
  public Response createUser(@Valid @NotNull UserRequest request) {
    UserAccount u = customers.createUser(request);
    return Response.status(201)
        .entity(new UserView(u.id, u.username, u.displayName, u.role, u.companyId, u.email))
        .build();
  }

  @GET
  @RolesAllowed({Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(summary = "Customer companies (counsellors, admins)")
  public List<CustomerView> list() {
    return customers.all().stream()
        .map(c -> new CustomerView(c.id, c.name, c.grade, c.phone, c.fax, c.address))
        .toList();
  }
}
