package kr.catalog.api.product;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.api.media.Picture;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.model.BookPage;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.model.Vat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product pages: the full record of one product with its files, family and catalog pages. */
@Path("/api/products")
@Tag(name = "products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject CatalogView catalog;

  /** One product by its code, typed any way ({@code GSB-13RE} or {@code gsb13re}). */
  @GET
  @Path("{code}")
  @Operation(summary = "A product with specs, maker, category path, assets, family, catalog pages")
  public ProductDetail product(@PathParam("code") @Size(max = 64) String code) {
    Product p =
        catalog
            .product(code)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.PRODUCT_NOT_FOUND, "No product has the code " + code + "."));
    Maker maker =
        catalog.maker(p.makerId()).orElse(new Maker(p.makerId(), p.makerId(), "", List.of()));
    return new ProductDetail(
        p.code(),
        p.codeKey(),
        p.nameKo(),
        p.nameEn(),
        new ProductDetail.MakerRef(maker.id(), maker.nameKo(), maker.nameEn()),
        catalog.categoryPath(p.categoryId()).stream()
            .map(c -> new ProductDetail.CategoryRef(c.id(), c.nameKo(), c.nameEn()))
            .toList(),
        p.listPrice(),
        Vat.withVat(p.listPrice()),
        p.origin(),
        p.brand(),
        p.privateBrand(),
        p.newProduct(),
        p.discontinued(),
        p.releasedOn(),
        p.specs(),
        p.videoUrls(),
        catalog.pictures(p.codeKey()).stream().map(Picture::of).toList(),
        catalog.assets(p.codeKey()).stream()
            .map(
                a ->
                    new ProductDetail.AssetRef(
                        a.kind().name(),
                        a.title(),
                        a.mediaType(),
                        a.pageCount(),
                        MediaUrls.of(a.path()),
                        MediaUrls.of(a.thumbnailPath()),
                        a.scanned()))
            .toList(),
        catalog.family(p).stream()
            .map(
                f ->
                    new ProductDetail.FamilyMember(
                        f.code(), f.nameKo(), f.listPrice(), f.discontinued()))
            .toList(),
        catalog.pagesShowing(p.codeKey()).stream()
            .map(page -> pageRef(page, p.codeKey()))
            .toList());
  }

  private static ProductDetail.PageRef pageRef(BookPage page, String codeKey) {
    BookPage.Hotspot spot =
        page.hotspots().stream().filter(h -> h.codeKey().equals(codeKey)).findFirst().orElseThrow();
    return new ProductDetail.PageRef(
        page.bookId(),
        page.index(),
        page.label(),
        "/api/ebooks/" + page.bookId() + "/pages/" + page.index(),
        spot.x(),
        spot.y(),
        spot.width(),
        spot.height());
  }
}
