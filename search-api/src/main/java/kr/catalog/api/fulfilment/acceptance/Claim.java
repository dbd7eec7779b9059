package kr.catalog.api.fulfilment.acceptance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim opened by the customer's inspection: its lines and amounts are fixed when it opens, at
 * the order's accepted prices; staff decide it; a credit note is its own document with its own
 * number.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "order_id", nullable = false)
  public Long orderId;

  @Column(name = "company_id", nullable = false)
  public Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ClaimKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ClaimStatus status;

  @Column(length = 1000)
  public String description;

  @Column(name = "opened_by", nullable = false)
  public Long openedBy;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @Column(name = "net_amount", nullable = false)
  public long netAmount;

  @Column(name = "vat_amount", nullable = false)
  public long vatAmount;

  @Column(name = "gross_amount", nullable = false)
  public long grossAmount;

  @Column(name = "decided_by")
  public Long decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason", length = 1000)
  public String decisionReason;

  @Column(name = "received_by")
  public Long receivedBy;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Column(name = "credit_note_no", length = 24)
  public String creditNoteNo;

  @Column(name = "credited_at")
  public Instant creditedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "claim_id", nullable = false)
  @OrderBy("lineNo")
  public List<ClaimLine> lines = new ArrayList<>();
}
