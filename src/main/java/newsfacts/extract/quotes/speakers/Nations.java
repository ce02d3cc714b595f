package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * The country a role nominal or a person's title names: "the Freedonian foreign minister",
 * "Freedonia's energy minister", "Freedonian Foreign Minister Ana Ruiz". A demonym and its
 * country's name are the same nation when they share their stem ("Freedonian", "Freedonia";
 * "Chinese", "China"), so the nominal goes to the person whose title names that nation and never
 * to one whose title names another.
 */
final class Nations {
  /** Letters a demonym may add to or change at the end of its country's stem ("-n", "-ese", "-ian"). */
  private static final int ENDING = 3;
  private static final int STEM = 4;

  private Nations() {}

  /** Whether the token names a nation: a demonym, or a country's name (tagged a place or, invented, untagged before "'s"). */
  static boolean names(Token t) {
    NerTag tag = t.ner();
    return tag == NerTag.NATIONALITY || tag == NerTag.COUNTRY || tag == NerTag.LOCATION && t.pos().startsWith("NNP");
  }

  /** The lower-cased nation words among a nominal's tokens ("Freedonian", "Freedonia" before "'s"). */
  static Set<String> of(List<Token> tokens) {
    Set<String> found = new HashSet<>();
    for (Token t : tokens) {
      if (names(t)) {
        found.add(t.word().toLowerCase(Locale.ROOT));
      }
    }
    return found;
  }

  /** Whether two lower-cased nation words name the same nation ("freedonian", "freedonia"). */
  static boolean same(String a, String b) {
    int shared = 0;
    while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    return a.equals(b) || shared >= STEM && shared >= Math.min(a.length(), b.length()) - ENDING;
  }

  /** Whether any word of {@code nations} names a nation of {@code titled}. */
  static boolean shares(Set<String> nations, Set<String> titled) {
    return nations.stream().anyMatch(n -> titled.stream().anyMatch(w -> same(n, w)));
  }

  /** Whether a nominal naming {@code nations} cannot be a person whose title names {@code titled}: both name one, not the same. */
  static boolean conflict(Set<String> nations, Set<String> titled) {
    return !nations.isEmpty() && !titled.isEmpty() && !shares(nations, titled);
  }
}
