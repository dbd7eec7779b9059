package kr.catalog.api.security;

/** The role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String CUSTOMER = "CUSTOMER";
  public static final String COUNSELLOR = "COUNSELLOR";
  public static final String MARKETING = "MARKETING";
  public static final String WAREHOUSE = "WAREHOUSE";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
