package newsfacts.extract.dates;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** The runs of letters a to z of a text, in lower case: "Oct. 23" gives "oct", "mid-April" "mid" and "april". */
final class LetterWords {
  private LetterWords() {
  }

  /** A text that opens with another character ("'90s") gives an empty first word, as {@link String#split} does. */
  static Stream<String> of(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"));
  }
}
