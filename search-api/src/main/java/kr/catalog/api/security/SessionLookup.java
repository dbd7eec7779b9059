package kr.catalog.api.security;

import java.util.Optional;

/**
 * Finds who a session token belongs to. Implemented where sessions are stored ({@code
 * kr.catalog.api.account}), so this package depends on no feature package: accounts use {@link
 * Actor} and {@link Roles}, not the other way round.
 */
public interface SessionLookup {

  /** The caller of an unexpired session of an active user, if the token names one. */
  Optional<Actor> actorOfSession(String token);
}
