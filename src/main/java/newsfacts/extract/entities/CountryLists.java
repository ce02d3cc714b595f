package newsfacts.extract.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.model.EntityMention;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Token;

/** A list of names with a known country in it ("Freedonia, Ostravia and Pellonia"): its one-word names are countries. */
final class CountryLists {
  private static final Set<String> CONNECTORS = Set.of(",", "and", "or");

  private CountryLists() {}

  /**
   * The chain of one-word names joined by commas, "and", "or" around token {@code at} holds a known
   * country, an "and" or "or", no word of a person's full name ("in Freedonia, Ruiz and Lund left")
   * no city or state ("in Lyon and X, Freedonia"), no plural ("Settlers"), and no name owning
   * what follows ("X, Freedonia's envoy" is an apposition); the name after "and" ends it. Organisations are
   * listed with countries ("the bloc and Freedonia"): only people and MISC are read this way.
   */
  static boolean holds(List<Token> tokens, int at, Map<Integer, EntityMention> byFirst,
      Map<Integer, Integer> lastToken, Set<String> personWords) {
    int start = at;
    while (true) {
      int gap = start - 2 >= 0 && tokens.get(start - 1).word().equals("and") && tokens.get(start - 2).word().equals(",") ? 2 : 1;
      int previous = start - 1 - gap;
      if (previous < 0 || !isLink(tokens, start - 1) || !byFirst.containsKey(previous) || lastToken.get(previous) != previous) {
        break;
      }
      start = previous;
    }
    boolean country = false;
    boolean conjunction = false;
    int i = start;
    int members = 0;
    while (true) {
      EntityMention m = byFirst.get(i);
      if (m == null || lastToken.get(i) != i || personWords.contains(m.text())) {
        return false;
      }
      members++;
      country |= m.hasSubtype(LocationSubtype.COUNTRY);
      boolean otherPlace = m.hasSubtype(LocationSubtype.CITY) || m.hasSubtype(LocationSubtype.STATE_OR_PROVINCE);
      boolean plural = tokens.get(i).pos().equals("NNPS");
      if (otherPlace || plural || i + 1 < tokens.size() && tokens.get(i + 1).word().equals("'s")) {
        return false;
      }
      if (conjunction) {
        break; // the name after "and" closes the list
      }
      int next = i + 1;
      if (next + 1 < tokens.size() && tokens.get(next).word().equals(",") && tokens.get(next + 1).word().equals("and")) {
        next++;
      }
      if (next + 1 < tokens.size() && isLink(tokens, next) && byFirst.containsKey(next + 1)) {
        conjunction |= !tokens.get(next).word().equals(",");
        i = next + 1;
      } else {
        break;
      }
    }
    return members >= 2 && country && conjunction && i >= at;
  }

  private static boolean isLink(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && CONNECTORS.contains(tokens.get(i).word());
  }

}
