package kr.catalog.api.search;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * How the maker index is browsed: which index and which initial (pages: {@code page}, {@code
 * limit}).
 */
public class MakerIndexParams {

  /** {@code ko}: by Korean name, 가나다 order; {@code en}: by English name, ABC order. */
  @QueryParam("index")
  @DefaultValue("ko")
  @Pattern(regexp = "ko|en", message = "must be ko or en")
  public String index;

  /** One initial of the index ({@code ㄱ} to {@code ㅎ}, {@code A} to {@code Z}, {@code #}). */
  @QueryParam("initial")
  @Pattern(
      regexp = "[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎA-Z#]",
      message = "must be one initial of the index: ㄱ to ㅎ, A to Z, or #")
  public String initial;
}
