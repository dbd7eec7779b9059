package kr.catalog.api.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.config.AuthConfig;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The demo accounts with their passwords, for the log-in page of the quick start. The page has none
 * written in it: it shows what this answers, and outside the quick start ({@code
 * catalog.auth.show-demo-accounts} off, or no demo seeding) this answers 404, so a deployment never
 * advertises passwords even if it seeded the demo accounts.
 */
@Path("/api/demo-accounts")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class DemoAccountsResource {

  @Inject AuthConfig auth;
  @Inject CommerceConfig commerce;

  /** A demo account as the log-in page lists it. */
  public record DemoAccountView(String username, String password, String displayName, Role role) {}

  @GET
  @PermitAll
  @Operation(summary = "The demo accounts and passwords (quick start only; 404 elsewhere)")
  public List<DemoAccountView> list() {
    if (!auth.showDemoAccounts() || !commerce.seedDemo()) {
      throw new NotFoundException();
    }
    return DemoSeeder.ACCOUNTS.stream()
        .map(a -> new DemoAccountView(a.username(), a.password(), a.displayName(), a.role()))
        .toList();
  }
}
