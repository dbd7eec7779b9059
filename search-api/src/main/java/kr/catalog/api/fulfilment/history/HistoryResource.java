package kr.catalog.api.fulfilment.history;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order's history in the customer's words. */
@Path("/api/orders/{id}/history")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

  private static final List<Locale> LANGUAGES = List.of(Locale.KOREAN, Locale.ENGLISH);

  @Inject HistoryService history;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(
      summary =
          "Every state move and recorded step of the order as sentences (Korean; English with"
              + " lang=en or Accept-Language)")
  public HistoryView get(
      @PathParam("id") long id,
      @QueryParam("lang") @Pattern(regexp = "ko|en", message = "must be ko or en") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return history.history(Actor.of(identity), id, english(lang, acceptLanguage));
  }

  /** The query parameter wins; else the best of Korean and English the header asks for; Korean. */
  static boolean english(String lang, String acceptLanguage) {
    if (lang != null) {
      return lang.equals("en");
    }
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return Locale.ENGLISH.equals(best);
    } catch (IllegalArgumentException e) {
      // A malformed header is no reason to refuse the page: the customers' language.
      return false;
    }
  }
}
