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
import kr.catalog.api.account.AuthService;
import kr.catalog.api.account.UserAccount;

/** Looks a session token up in the database and builds the caller's identity from its user. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  @Inject AuthService auth;

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
          UserAccount user =
              QuarkusTransaction.joiningExisting()
                  .call(() -> auth.userOfSession(token))
                  .orElseThrow(AuthenticationFailedException::new);
          QuarkusSecurityIdentity.Builder identity =
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal(user.username))
                  .addRole(user.role.name())
                  .addAttribute(Actor.USER_ID, user.id)
                  .addAttribute(Actor.ROLE, user.role);
          if (user.companyId != null) {
            identity.addAttribute(Actor.COMPANY_ID, user.companyId);
          }
          return identity.build();
        });
  }
}
