package kr.catalog.api.fulfilment.pickup;

import java.time.Instant;

/**
 * A pickup code as answered by the API.
 *
 * @param orderId the order
 * @param code the 6 digits, for the customer's company only (null in answers to staff)
 * @param storeCode the store whose counter hands the goods over
 * @param storeName its name ("성수점")
 * @param storeAddress its address
 * @param issuedAt when this code was issued
 * @param wrongTries wrong codes typed at the counter since
 * @param locked true after 5 wrong tries: staff must issue a new code
 * @param usedAt when the goods were handed over with it, or null
 */
public record PickupCodeView(
    long orderId,
    String code,
    String storeCode,
    String storeName,
    String storeAddress,
    Instant issuedAt,
    int wrongTries,
    boolean locked,
    Instant usedAt) {}
