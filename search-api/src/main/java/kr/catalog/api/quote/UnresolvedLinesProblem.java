package kr.catalog.api.quote;

import java.util.List;

/**
 * The problem+json body answering {@link UnresolvedLinesException}: the RFC 9457 members plus
 * {@code unresolved}, one entry per refused line with suggestions.
 *
 * @param type problem type URI
 * @param title summary
 * @param status 422
 * @param detail what to do
 * @param instance request path
 * @param unresolved the refused lines
 */
public record UnresolvedLinesProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<UnresolvedLinesException.Unresolved> unresolved) {}
