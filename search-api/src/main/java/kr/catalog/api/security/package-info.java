/**
 * Turns a bearer token (or the {@code catalog_session} cookie) into the caller's identity and role
 * for {@code @RolesAllowed}; {@link kr.catalog.api.security.Actor} (with its {@link
 * kr.catalog.api.security.Role}) is what services receive. Sessions are found through the {@link
 * kr.catalog.api.security.SessionLookup} port that {@code kr.catalog.api.account} implements, so
 * this package depends on no feature package. Authentication is lazy ({@code
 * quarkus.http.auth.proactive=false}) so refusals go through {@code ProblemMappers} as problem+json
 * like every other error.
 */
package kr.catalog.api.security;
