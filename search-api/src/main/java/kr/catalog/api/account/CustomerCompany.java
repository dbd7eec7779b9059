package kr.catalog.api.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.catalog.api.pricing.PricingGrade;

/** A customer company: who quotes and orders are for, and which grade discount it gets. */
@Entity
@Table(name = "customer_company")
public class CustomerCompany extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(name = "business_no", length = 20)
  public String businessNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PricingGrade grade;

  @Column(length = 400)
  public String address;

  @Column(length = 40)
  public String phone;

  @Column(length = 40)
  public String fax;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
