package kr.catalog.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;

/** Which customer company a caller acts for, and the customer directory for staff. */
@ApplicationScoped
public class CustomerService {

  /**
   * The company a quote or order is for: a customer user's own company (naming another is refused
   * with 403), or the company a staff member names (required).
   */
  @Transactional
  public CustomerCompany companyFor(Actor actor, Long customerId) {
    if (!actor.role().staff()) {
      if (customerId != null && !customerId.equals(actor.companyId())) {
        throw new BusinessRefusal(
            Refusal.OTHER_COMPANY, "Customers act for their own company only.");
      }
      return CustomerCompany.findById(actor.companyId());
    }
    if (customerId == null) {
      throw new InvalidParameterException(
          "customerId", "staff must name the customer company they act for");
    }
    CustomerCompany company = CustomerCompany.findById(customerId);
    if (company == null) {
      throw new InvalidParameterException("customerId", "no customer company has this id");
    }
    return company;
  }

  /** Registers a customer company (the caller checked the role). */
  @Transactional
  public CustomerCompany create(CustomerResource.CompanyRequest request) {
    CustomerCompany c = new CustomerCompany();
    c.name = request.name().strip();
    c.businessNo = request.businessNo();
    c.grade = request.grade();
    c.address = request.address();
    c.phone = request.phone();
    c.fax = request.fax();
    c.createdAt = java.time.Instant.now();
    c.persist();
    return c;
  }

  /**
   * Creates a log-in: a customer user needs the company it belongs to, staff must have none.
   *
   * @throws BusinessRefusal {@link Refusal#USERNAME_TAKEN} when the user name is taken
   */
  @Transactional
  public UserAccount createUser(CustomerResource.UserRequest request) {
    String username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (UserAccount.byUsername(username).isPresent()) {
      throw new BusinessRefusal(Refusal.USERNAME_TAKEN, "The user name " + username + " is taken.");
    }
    if (request.role() == Role.CUSTOMER) {
      if (request.companyId() == null || CustomerCompany.findById(request.companyId()) == null) {
        throw new InvalidParameterException(
            "companyId", "a customer user needs an existing customer company");
      }
    } else if (request.companyId() != null) {
      throw new InvalidParameterException("companyId", "staff belong to no customer company");
    }
    UserAccount u = new UserAccount();
    u.username = username;
    u.passwordHash = Passwords.hash(request.password());
    u.displayName = request.displayName().strip();
    u.role = request.role();
    u.companyId = request.companyId();
    u.email = UserAdministration.email(request.email());
    u.active = true;
    u.createdAt = java.time.Instant.now();
    u.persist();
    return u;
  }

  /** All customer companies by name. */
  @Transactional
  public List<CustomerCompany> all() {
    return CustomerCompany.list("order by name, id");
  }
}
