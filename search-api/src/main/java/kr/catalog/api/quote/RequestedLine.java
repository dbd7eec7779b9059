package kr.catalog.api.quote;

/**
 * A line as the client gave it, with its position (1-based) for error messages.
 *
 * @param lineNo 1-based position in the cart, pasted text or CSV
 * @param code the code as typed
 * @param quantity units
 */
public record RequestedLine(int lineNo, String code, int quantity) {}
