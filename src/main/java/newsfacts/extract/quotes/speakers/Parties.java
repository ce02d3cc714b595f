package newsfacts.extract.quotes.speakers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.WordLists;

/**
 * The party a role nominal or a person's title names: "the Democratic nominee", "GOP nominee Ana
 * Ruiz". Like a nation ({@link Nations}), a party the nominal names rules out a person whose title
 * names another party, so "the Republican nominee" does not go to the Democratic one.
 */
final class Parties {
  /** Word (lower-cased) to its party's key: party-members.txt. */
  private static final Map<String, String> PARTY = read("party-members.txt");

  private Parties() {}

  /** The parties the lower-cased words name. */
  static Set<String> of(Set<String> words) {
    Set<String> found = new HashSet<>();
    for (String w : words) {
      String party = PARTY.get(w.toLowerCase(Locale.ROOT));
      if (party != null) {
        found.add(party);
      }
    }
    return found;
  }

  /** Whether a nominal with {@code words} cannot be a person with the roles {@code titled}: both name a party, none the same. */
  static boolean conflict(Set<String> words, Set<String> titled) {
    Set<String> named = of(words);
    Set<String> held = of(titled);
    return !named.isEmpty() && !held.isEmpty() && named.stream().noneMatch(held::contains);
  }

  private static Map<String, String> read(String file) {
    Map<String, String> map = new HashMap<>();
    for (String entry : WordLists.set(file)) {
      String[] fields = entry.split("\\s+");
      map.put(fields[0], fields[1]);
    }
    return Map.copyOf(map);
  }
}
