/**
 * The generic REST edge: the RFC 9457 {@link kr.catalog.api.rest.Problem} body, {@link
 * kr.catalog.api.rest.ProblemMappers} (the one place exceptions become HTTP answers, a problem type
 * per refusal), the OpenAPI description of those problems, and typed query values. It knows no
 * feature package: features throw {@code kr.catalog.api.refusal} exceptions, this package maps
 * them.
 */
package kr.catalog.api.rest;
