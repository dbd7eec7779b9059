package kr.catalog.api.security;

/**
 * What a user may do. Customer users act for their own company only; staff act for any customer.
 * The names double as the security roles checked by {@code @RolesAllowed} (see {@link Roles}).
 */
public enum Role {
  /** A user of a customer company: quotes and orders for that company only. */
  CUSTOMER,
  /** Phone/fax/visit counsellor: quotes and orders on a customer's behalf. */
  COUNSELLOR,
  /** Marketing: promotions. */
  MARKETING,
  /** Warehouse: stock and the fulfilment steps. */
  WAREHOUSE,
  /** Administrator: accounts, and every step the others may take. */
  ADMIN;

  /** Whether this is a staff role (acts for any customer). */
  public boolean staff() {
    return this != CUSTOMER;
  }
}
