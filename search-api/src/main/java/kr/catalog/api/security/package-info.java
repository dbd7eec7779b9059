/**
 * Turns a bearer token (or the {@code catalog_session} cookie) into the caller's identity and role
 * for {@code @RolesAllowed}; {@link kr.catalog.api.security.Actor} is what services receive.
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so refusals go through {@code
 * ProblemMappers} as problem+json like every other error.
 */
package kr.catalog.api.security;
