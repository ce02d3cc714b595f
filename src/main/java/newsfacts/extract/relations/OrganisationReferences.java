package newsfacts.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * The organisation a clause means without naming it: "its" (members, secretary-general) is the
 * organisation named last before it (in a membership clause, the article's subject); "the bloc",
 * "the organisation" the organisation named most often before (the article's subject), "the court"
 * the most named one whose name says "court". Outlets in bylines and header lines are never meant.
 */
final class OrganisationReferences {
  private final Set<String> organisationNouns = WordLists.set("organization-nouns.txt");
  private final Set<String> genericNouns = WordLists.set("generic-organisation-nouns.txt");

  /** "the bloc", "the organisation", "its" (members): a noun for an organisation, or a possessive pronoun. */
  boolean refersToOrganisation(ParsedSentence p, int token) {
    String word = p.token(token).word().toLowerCase(Locale.ROOT);
    boolean definite = p.child(token, "det") >= 0 && p.token(p.child(token, "det")).word().equalsIgnoreCase("the");
    return word.equals("its") || definite && organisationNouns.contains(word);
  }

  /** "Its secretary-general", "the court's chief judge": the organisation meant, or null. */
  EntityMention meant(RelationSentence s, ParsedSentence p, int token) {
    if (!refersToOrganisation(p, token)) {
      return null;
    }
    return p.token(token).word().equalsIgnoreCase("its") ? latest(s, token, s.article()) : named(s, p, token);
  }

  /** "its members", "the bloc", "the organisation" in a membership clause: the organisation the article is about, or null. */
  EntityMention withMembers(RelationSentence s, ParsedSentence p, int token) {
    if (!refersToOrganisation(p, token)) {
      return null;
    }
    return p.token(token).word().equalsIgnoreCase("its") ? mostNamed(s, token, s.article(), null) : named(s, p, token);
  }

  /** "the bloc" means any organisation; "the court" only one whose name says "Court". */
  private EntityMention named(RelationSentence s, ParsedSentence p, int token) {
    String noun = p.token(token).word().toLowerCase(Locale.ROOT);
    return mostNamed(s, token, s.article(), genericNouns.contains(noun) ? null : noun);
  }

  /**
   * The organisation a clause without a name means ("the bloc", "its members", "joined in 2009"):
   * of those named before the token, the one named most often (the article's subject), the later on
   * a tie; outlets in bylines and header lines excluded.
   */
  static EntityMention mostNamed(RelationSentence s, int token, List<EntityMention> article, String noun) {
    int offset = s.token(token).span().begin();
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    EntityMention best = null;
    for (EntityMention e : article) {
      if (e.type() != EntityType.ORGANIZATION || e.span().end() > offset || isCredit(s, e)
          || noun != null && !(" " + e.canonical().toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " ")) {
        continue;
      }
      int n = counts.merge(e.canonical(), 1, Integer::sum);
      if (best == null || n >= counts.get(best.canonical())) {
        best = e;
      }
    }
    return best;
  }

  /** "Its secretary-general": the organisation named last before the pronoun, in its sentence or the one before. */
  static EntityMention latest(RelationSentence s, int token, List<EntityMention> article) {
    int offset = s.token(token).span().begin();
    EntityMention best = null;
    for (EntityMention e : article) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset && !isCredit(s, e)) {
        best = e;
      }
    }
    // a pronoun reaches back one sentence at most
    return best != null && best.sentence() >= s.sentence.index() - 1 ? best : null;
  }

  private static boolean isCredit(RelationSentence s, EntityMention e) {
    String text = s.doc.text();
    int lineStart = text.lastIndexOf('\n', e.span().begin()) + 1;
    int lineEnd = text.indexOf('\n', e.span().end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return line.startsWith("By ") || line.contains(" | ") || line.strip().equals(e.text());
  }
}
