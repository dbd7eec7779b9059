package kr.catalog.search.elasticsearch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import kr.catalog.search.document.Fields;
import kr.catalog.search.document.IndexedProduct;

/** The {@code _source} of a product document; field names are those of {@link Fields}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
final class EsProduct {
  @JsonProperty(Fields.NAME)
  public String name;

  @JsonProperty(Fields.CODE)
  public String code;

  @JsonProperty(Fields.MAKER)
  public String maker;

  @JsonProperty(Fields.CATEGORY)
  public String category;

  @JsonProperty(Fields.SPECS)
  public String specs;

  @JsonProperty(Fields.MANUAL)
  public String manual;

  @JsonProperty(Fields.CODE_KEY)
  public String codeKey;

  @JsonProperty(Fields.CODE_INFIX)
  public List<String> codeInfix;

  @JsonProperty(Fields.IDENT_KEY)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<String> identKey;

  @JsonProperty(Fields.IDENT_INFIX)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<String> identInfix;

  @JsonProperty(Fields.IDENTIFIERS)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public List<String> identifiers;

  @JsonProperty(Fields.MAKER_CHOSUNG)
  public List<String> makerChosung;

  @JsonProperty(Fields.MAKER_ID)
  public String makerId;

  @JsonProperty(Fields.CATEGORY_PATH)
  public List<String> categoryPath;

  @JsonProperty(Fields.ORIGIN)
  public String origin;

  @JsonProperty(Fields.BRAND)
  public String brand;

  @JsonProperty(Fields.FAMILY)
  public String family;

  @JsonProperty(Fields.FLAGS)
  public List<String> flags;

  @JsonProperty(Fields.STORES)
  public List<String> stores;

  @JsonProperty(Fields.PRICE)
  public long price;

  @JsonProperty(Fields.RELEASED)
  public long released;

  @JsonProperty(Fields.CODE_DISPLAY)
  public String codeDisplay;

  @JsonProperty(Fields.NAME_KO)
  public String nameKo;

  @JsonProperty(Fields.NAME_EN)
  public String nameEn;

  @JsonProperty(Fields.CATEGORY_ID)
  public String categoryId;

  static EsProduct of(IndexedProduct p) {
    EsProduct d = new EsProduct();
    // Empty text is left out, as the Lucene backend leaves the field out: a field's document
    // count enters BM25, so both must agree on which documents have it.
    d.name = emptyToNull(p.text().get(Fields.NAME));
    d.code = emptyToNull(p.text().get(Fields.CODE));
    d.maker = emptyToNull(p.text().get(Fields.MAKER));
    d.category = emptyToNull(p.text().get(Fields.CATEGORY));
    d.specs = emptyToNull(p.text().get(Fields.SPECS));
    d.manual = emptyToNull(p.text().get(Fields.MANUAL));
    d.codeKey = p.codeKey();
    d.codeInfix = p.codeInfixes();
    d.makerChosung = p.makerChosung();
    d.identKey = p.identifierKeys();
    d.identInfix = p.identifierInfixes();
    d.identifiers = p.identifiers();
    d.makerId = emptyToNull(p.makerId());
    d.categoryPath = p.categoryPath();
    d.origin = emptyToNull(p.origin());
    d.brand = emptyToNull(p.brand());
    d.family = emptyToNull(p.family());
    d.flags = p.flags();
    // Left out when empty, like the other optional values.
    d.stores = p.stores().isEmpty() ? null : p.stores();
    d.price = p.price();
    d.released = p.releasedEpochDay();
    d.codeDisplay = p.code();
    d.nameKo = p.nameKo();
    d.nameEn = p.nameEn();
    d.categoryId = p.categoryId();
    return d;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
