package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Java indices and code point indices, which differ after characters outside the BMP. */
class CodePointsTest {
  private static final String TEXT = "a\uD83D\uDE00b \uD835\uDC00\uD835\uDC01 c"; // a😀b 𝐀𝐁 c

  @Test
  void everyJavaIndexMapsToItsCodePointAndBack() {
    CodePoints cp = CodePoints.of(TEXT);
    assertFalse(cp.isIdentity());
    assertEquals(8, cp.length());
    assertEquals(TEXT.codePointCount(0, TEXT.length()), cp.length());
    for (int i = 0; i <= TEXT.length(); i++) {
      if (i > 0 && i < TEXT.length() && Character.isLowSurrogate(TEXT.charAt(i))) {
        continue; // inside a pair: no span starts or ends there
      }
      int codePoint = TEXT.codePointCount(0, i);
      assertEquals(codePoint, cp.toCodePoint(i), "index " + i);
      assertEquals(i, cp.toCharIndex(codePoint), "code point " + codePoint);
    }
  }

  @Test
  void slicesAreThoseOfPythonStrings() {
    CodePoints cp = CodePoints.of(TEXT);
    // Python: "a😀b 𝐀𝐁 c"[2:3] == "b", [4:6] == "𝐀𝐁", [7:8] == "c"
    assertEquals(List.of("b", "\uD835\uDC00\uD835\uDC01", "c"), List.of(cp.slice(2, 3), cp.slice(4, 6), cp.slice(7, 8)));
  }

  @Test
  void textsInsideTheBasicPlaneAreUnchanged() {
    CodePoints cp = CodePoints.of("Ürümqi … 分享");
    assertTrue(cp.isIdentity());
    assertEquals(5, cp.toCodePoint(5));
    assertEquals(5, cp.toCharIndex(5));
  }
}
