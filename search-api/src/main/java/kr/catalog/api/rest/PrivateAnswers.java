package kr.catalog.api.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import kr.catalog.api.security.SessionAuthenticationMechanism;

/**
 * Marks private answers {@code Cache-Control: no-store}, so no browser cache, shared proxy or
 * "back" button keeps a customer's orders, quotes, quote PDFs, account or an admin page after
 * log-out. An answer is private when its operation needs a caller ({@code @RolesAllowed}, {@code
 * Authenticated}), when the request carried credentials (bearer token or session cookie) or when it
 * sets a cookie (log-in, log-out). Decided by these marks rather than by a list of paths, so
 * endpoints added later are covered without touching this class.
 */
@Provider
public class PrivateAnswers implements ContainerResponseFilter {

  static final String NO_STORE = "no-store";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (needsCaller()
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || request.getCookies().containsKey(SessionAuthenticationMechanism.COOKIE)
        || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
      // Replaces any caching header a resource chose: private beats cacheable.
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
  }

  private boolean needsCaller() {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || method.isAnnotationPresent(PermitAll.class)) {
      return false;
    }
    return guarded(method) || guarded(method.getDeclaringClass());
  }

  private static boolean guarded(AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(Authenticated.class)
        || element.isAnnotationPresent(DenyAll.class);
  }
}
