package kr.catalog.api.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller as services see it: who, with which role, for which company.
 *
 * @param userId the user's id (recorded on quotes, orders and audit events)
 * @param username log-in name
 * @param role the one role
 * @param companyId the customer company of a customer user; null for staff
 */
public record Actor(long userId, String username, Role role, Long companyId) {

  static final String USER_ID = "userId";
  static final String COMPANY_ID = "companyId";
  static final String ROLE = "role";

  /** The actor of an authenticated identity. */
  public static Actor of(SecurityIdentity identity) {
    return new Actor(
        identity.<Long>getAttribute(USER_ID),
        identity.getPrincipal().getName(),
        identity.<Role>getAttribute(ROLE),
        identity.<Long>getAttribute(COMPANY_ID));
  }

  /** Whether this actor may see and act for this customer company. */
  public boolean mayActFor(long company) {
    return role.staff() || (companyId != null && companyId == company);
  }
}
