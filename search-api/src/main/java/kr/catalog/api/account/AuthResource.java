package kr.catalog.api.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;
import kr.catalog.api.security.SessionAuthenticationMechanism;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Log-in and log-out. The token answers {@code Authorization: Bearer}; the UI may use the cookie.
 */
@Path("/api/auth")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject AuthService auth;
  @Inject SecurityIdentity identity;
  @Inject CommerceConfig commerce;

  /** Log-in body. */
  public record LoginRequest(
      @NotBlank @Size(max = 64) String username, @NotNull @Size(max = 200) String password) {}

  /** Log-in answer: the bearer token and who it is for. */
  public record LoginResponse(
      String token,
      Instant expiresAt,
      String username,
      String displayName,
      Role role,
      Long companyId) {}

  /** The caller. */
  public record Me(long userId, String username, Role role, Long companyId) {}

  @POST
  @Path("login")
  @PermitAll
  @Operation(summary = "Log in with user name and password; answers a bearer token")
  public Response login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
    // remoteAddress() is the TCP peer, or the client a trusted proxy named in X-Forwarded-For
    // (quarkus.http.proxy.trusted-proxies): never a header from anyone else.
    AuthService.Login login =
        auth.login(request.username(), request.password(), http.remoteAddress().hostAddress());
    UserAccount user = login.user();
    NewCookie cookie =
        new NewCookie.Builder(SessionAuthenticationMechanism.COOKIE)
            .value(login.token())
            .path("/api")
            .httpOnly(true)
            .secure(commerce.sessionCookieSecure())
            .sameSite(NewCookie.SameSite.STRICT)
            .maxAge((int) (login.expiresAt().getEpochSecond() - Instant.now().getEpochSecond()))
            .build();
    return Response.ok(
            new LoginResponse(
                login.token(),
                login.expiresAt(),
                user.username,
                user.displayName,
                user.role,
                user.companyId))
        .cookie(cookie)
        .build();
  }

  @POST
  @Path("logout")
  @Authenticated
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "End the session of the presented token (header or cookie)")
  public Response logout(
      @HeaderParam("Authorization") String authorization,
      @CookieParam(SessionAuthenticationMechanism.COOKIE) String cookie) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      auth.logout(authorization.substring(7).trim());
    } else if (cookie != null && !cookie.isBlank()) {
      auth.logout(cookie);
    }
    return Response.noContent()
        .cookie(
            new NewCookie.Builder(SessionAuthenticationMechanism.COOKIE)
                .value("")
                .path("/api")
                .secure(commerce.sessionCookieSecure())
                .maxAge(0)
                .build())
        .build();
  }

  @GET
  @Path("me")
  @Authenticated
  @Operation(summary = "Who the token belongs to")
  public Me me() {
    Actor actor = Actor.of(identity);
    return new Me(actor.userId(), actor.username(), actor.role(), actor.companyId());
  }
}
