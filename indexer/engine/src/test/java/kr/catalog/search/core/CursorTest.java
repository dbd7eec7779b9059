package kr.catalog.search.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kr.catalog.search.SearchQuery.Sort;
import org.junit.jupiter.api.Test;

class CursorTest {

  private static String raw(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void roundTripsWithAndWithoutPinState() {
    Cursor plain = new Cursor(Sort.RELEVANCE, 3.25f, 0L, "GSB13RE");
    assertThat(Cursor.decode(plain.encode(), Sort.RELEVANCE)).isEqualTo(plain);
    Cursor pinned = new Cursor(Sort.RELEVANCE, 3.25f, 0L, "GSB13RE", new Cursor.PinState(4, 2));
    assertThat(Cursor.decode(pinned.encode(), Sort.RELEVANCE)).isEqualTo(pinned);
    // Only pins returned so far: no organic hit to continue after.
    Cursor onlyPins = new Cursor(Sort.RELEVANCE, 0f, 0L, "", new Cursor.PinState(1, 1));
    Cursor decoded = Cursor.decode(onlyPins.encode(), Sort.RELEVANCE);
    assertThat(decoded).isEqualTo(onlyPins);
    assertThat(decoded.hasLastHit()).isFalse();
  }

  @Test
  void refusesMalformedPinState() {
    for (String bad :
        new String[] {
          "RELEVANCE:1|0|A",
          "RELEVANCE:x:0|0|A",
          "RELEVANCE:1:2|0|A",
          "RELEVANCE:-1:0|0|A",
          "RELEVANCE|0|"
        }) {
      assertThatThrownBy(() -> Cursor.decode(raw(bad), Sort.RELEVANCE))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
