package kr.catalog.api.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.api.config.AuthConfig;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.SessionAuthenticationMechanism;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery defence beyond {@code SameSite=Strict}: a state-changing request
 * (POST, PUT, PATCH, DELETE) is refused with 403 {@code /problems/cross-origin-request} when
 *
 * <ul>
 *   <li>its {@code Origin} (or, when a browser sent none, the origin of its {@code Referer}) is
 *       neither the request's own origin nor one of {@code catalog.auth.allowed-origins}, or
 *   <li>it carries the session cookie but neither header: every current browser sends {@code
 *       Origin} on such requests, so a cookie without one did not come from this site's pages.
 * </ul>
 *
 * Requests authenticated by {@code Authorization: Bearer} without the cookie and without an origin
 * (API clients, scripts) pass: a foreign page cannot make a browser add that header without a CORS
 * preflight, which this API never grants. The log-in itself is covered too (a foreign page logging
 * the browser in to the attacker's account, "login CSRF"). The own origin is the scheme and host
 * the request arrived with, after trusted proxy headers ({@code quarkus.http.proxy.*}), so it holds
 * behind nginx when nginx passes {@code Host} and {@code X-Forwarded-Proto}.
 */
public class OriginCheck {

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject AuthConfig config;

  @ServerRequestFilter
  public void check(ContainerRequestContext context, HttpServerRequest request) {
    if (!STATE_CHANGING.contains(context.getMethod())) {
      return;
    }
    String origin = context.getHeaderString("Origin");
    if (origin == null) {
      origin = originOf(context.getHeaderString("Referer"));
    }
    boolean withCookie = context.getCookies().containsKey(SessionAuthenticationMechanism.COOKIE);
    if (origin == null) {
      if (withCookie) {
        throw refused("The request carries the session cookie but no Origin or Referer.");
      }
      return;
    }
    String sent = normalise(origin);
    if (sent != null && (sent.equals(own(request)) || allowed().contains(sent))) {
      return;
    }
    throw refused("Requests that change something must come from this site's own pages.");
  }

  private Set<String> allowed() {
    return config.allowedOrigins().orElse(java.util.List.of()).stream()
        .map(OriginCheck::normalise)
        .filter(o -> o != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The origin this request was sent to: scheme, host and port as the client saw them. */
  private static String own(HttpServerRequest request) {
    HostAndPort authority = request.authority();
    if (authority == null) {
      return null;
    }
    String port = authority.port() < 0 ? "" : ":" + authority.port();
    return normalise(request.scheme() + "://" + authority.host() + port);
  }

  /** The origin of a URL ({@code Referer}), or null when it has none. */
  private static String originOf(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    return normalise(url);
  }

  /**
   * {@code scheme://host[:port]} in lower case without the scheme's default port, or null for what
   * is not an http(s) URL ({@code Origin: null} from sandboxed frames and privacy redirects).
   */
  static String normalise(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
      if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
        return null;
      }
      int port = uri.getPort();
      boolean defaultPort =
          port < 0
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static BusinessRefusal refused(String why) {
    return new BusinessRefusal(Refusal.CROSS_ORIGIN_REQUEST, why);
  }
}
