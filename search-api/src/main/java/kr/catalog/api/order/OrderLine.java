package kr.catalog.api.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.catalog.api.pricing.PricedLineEntity;

/** One line of an order with the prices it was accepted at. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PricedLineEntity {}
