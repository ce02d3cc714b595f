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
 * organisation named last before it; "the bloc", "the organisation" the one named most often
 * before (the article's subject). Outlets in bylines and header lines are never meant.
 */
final class OrganisationReferences {
  private final Set<String> organisationNouns = WordLists.set("organization-nouns.txt");

  /** "the bloc", "the organisation", "its" (members): a noun for an organisation, or a possessive pronoun. */
  boolean refersToOrganisation(ParsedSentence p, int token) {
    String word = p.token(token).word().toLowerCase(Locale.ROOT);
    boolean definite = p.child(token, "det") >= 0 && p.token(p.child(token, "det")).word().equalsIgnoreCase("the");
    return word.equals("its") || definite && organisationNouns.contains(word);
  }

  /** "its" or "the bloc('s)": the organisation meant, as for a membership clause; else null. */
  EntityMention meant(RelationSentence s, ParsedSentence p, int token) {
    if (!refersToOrganisation(p, token)) {
      return null;
    }
    return p.token(token).word().equalsIgnoreCase("its") ? latest(s, token, s.article()) : mostNamed(s, token, s.article());
  }

  /**
   * The organisation a clause without a name means ("the bloc", "its members", "joined in 2009"):
   * of those named before the token, the one named most often (the article's subject), the later on
   * a tie; outlets in bylines and header lines excluded.
   */
  static EntityMention mostNamed(RelationSentence s, int token, List<EntityMention> article) {
    int offset = s.token(token).span().begin();
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    EntityMention best = null;
    for (EntityMention e : article) {
      if (e.type() != EntityType.ORGANIZATION || e.span().end() > offset || isCredit(s, e)) {
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
