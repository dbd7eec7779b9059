package kr.catalog.api.fulfilment.picking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/orders/{id}/inspection/scans}: a scanned barcode or a code typed any way
 * (resolved by the counsellor's code lookup), and how many units it stands for.
 *
 * @param code a GTIN/EAN barcode, the catalog code, a model number or a supplier code
 * @param quantity units, 1 when absent
 */
public record ScanRequest(
    @NotBlank @Size(max = 64) String code, @Min(1) @Max(10_000) Integer quantity) {}
