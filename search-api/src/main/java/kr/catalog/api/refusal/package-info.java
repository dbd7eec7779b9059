/**
 * What services throw when they refuse a request, without any JAX-RS type: a {@link
 * kr.catalog.api.refusal.BusinessRefusal} naming one {@link kr.catalog.api.refusal.Refusal} (quote
 * expired, quote replaced, already ordered, out of stock, ...), an {@link
 * kr.catalog.api.refusal.InvalidParameterException} naming a parameter, or an {@link
 * kr.catalog.api.refusal.UnprocessableException} naming fields that point at nothing.
 *
 * <p>Flow: a service throws; {@code kr.catalog.api.rest.ProblemMappers}, the one place that knows
 * HTTP, turns the sealed {@link kr.catalog.api.refusal.DomainException} family into {@code
 * application/problem+json} with a problem type per refusal ({@code /problems/quote-expired}) and
 * the status clients always got. The types are listed in {@code docs/PROBLEMS.md}.
 */
package kr.catalog.api.refusal;
