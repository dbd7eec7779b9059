package kr.catalog.api.fulfilment.outbound;

/**
 * The named box sizes of the packing table, the Korea Post box numbers (우체국 택배상자 1-6호) most Korean
 * warehouses stock, inner dimensions in millimetres.
 */
public enum BoxSize {
  BOX1(220, 190, 90),
  BOX2(270, 180, 150),
  BOX3(340, 250, 210),
  BOX4(410, 310, 280),
  BOX5(480, 380, 340),
  BOX6(520, 480, 400);

  /** Length in mm. */
  public final int lengthMm;

  /** Width in mm. */
  public final int widthMm;

  /** Height in mm. */
  public final int heightMm;

  BoxSize(int lengthMm, int widthMm, int heightMm) {
    this.lengthMm = lengthMm;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The Korean name printed on the label (1호 ... 6호). */
  public String label() {
    return (ordinal() + 1) + "호";
  }
}
