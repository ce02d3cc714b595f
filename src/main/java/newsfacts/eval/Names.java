package newsfacts.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical-name normalisation for comparing speakers and relation arguments: case, a leading
 * "the", possessive 's, punctuation and spacing do not matter ("The SCO's" = "SCO").
 */
public final class Names {
  private Names() {}

  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("['’]s\\b", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    // Words are joined only now, after "the" is dropped, so that "U.S." = "US" and "Xin hua" = "Xinhua".
    return s.replace(" ", "");
  }
}
