package kr.catalog.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kr.catalog.api.rest.ApiException;
import kr.catalog.api.rest.InvalidParameterException;
import kr.catalog.api.security.Actor;

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
        throw new ApiException(403, "Customers act for their own company only.");
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

  /** All customer companies by name. */
  @Transactional
  public List<CustomerCompany> all() {
    return CustomerCompany.list("order by name, id");
  }
}
