package kr.catalog.api.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.catalog.api.pricing.PricedLineEntity;

/** One line of a quote with its product as quoted and every pricing step. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PricedLineEntity {}
