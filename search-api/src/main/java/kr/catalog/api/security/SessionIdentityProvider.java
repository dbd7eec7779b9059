package kr.catalog.api.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Looks a session token up in the database and builds the caller's identity from its user. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  @Inject SessionLookup sessions;

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String token = request.getToken().getToken();
    return context.runBlocking(
        () -> {
          Actor actor =
              QuarkusTransaction.joiningExisting()
                  .call(() -> sessions.actorOfSession(token))
                  .orElseThrow(AuthenticationFailedException::new);
          QuarkusSecurityIdentity.Builder identity =
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal(actor.username()))
                  .addRole(actor.role().name())
                  .addAttribute(Actor.USER_ID, actor.userId())
                  .addAttribute(Actor.ROLE, actor.role());
          if (actor.companyId() != null) {
            identity.addAttribute(Actor.COMPANY_ID, actor.companyId());
          }
          return identity.build();
        });
  }
}
