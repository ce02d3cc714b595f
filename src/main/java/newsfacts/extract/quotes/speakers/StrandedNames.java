package newsfacts.extract.quotes.speakers;

import java.util.List;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * An apposition the parse lost: in "Even Freedonia, the region's largest lender, said C" the
 * parser may hang the name from the verb as a bare adjunct (obl, npmod or dep, with no preposition)
 * and make the nominal after the comma the subject. The source is the name: the nominal only
 * describes it. A name with a preposition ("In Freedonia, the minister said") is a real adjunct.
 */
final class StrandedNames {
  private StrandedNames() {}

  /** The last token of a name stranded right before the nominal subject {@code head} of the cue's clause; -1 otherwise. */
  static int before(ParsedSentence p, List<EntityMention> entities, int head, int cue) {
    // "Freedonia, the lender, said C and warned D": the conjoined cue shares the first verb's subject.
    int verb = p.relation(cue).equals("conj") && p.head(cue) >= 0 && p.head(cue) < cue ? p.head(cue) : cue;
    if (head > verb || !p.token(head).pos().startsWith("NN") || p.token(head).pos().startsWith("NNP")
        || !p.relation(head).equals("nsubj") || p.head(head) != verb) {
      return -1;
    }
    int first = p.subtree(head).nextSetBit(0);
    int comma = first - 1;
    int name = comma - 1;
    if (name < 0 || !p.token(comma).pos().equals(",") || !p.token(name).pos().startsWith("NNP")) {
      return -1;
    }
    // The name's own head: the last token of its compound ("Ana Ruiz").
    int top = name;
    while (p.relation(top).equals("compound") && p.head(top) > top) {
      top = p.head(top);
    }
    String relation = p.relation(top);
    boolean stranded = top == name && p.head(top) == verb && p.child(top, "case") < 0
        && (relation.equals("obl") || relation.endsWith("npmod") || relation.equals("dep"));
    return stranded && isName(p, entities, top) && clauseStartsAt(p, top, verb) ? top : -1;
  }

  /** A person, organisation or place named by the entities (not a date or a nationality). */
  private static boolean isName(ParsedSentence p, List<EntityMention> entities, int token) {
    return entities.stream().anyMatch(e -> e.span().contains(p.token(token).span())
        && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION));
  }

  /** Only adverbs ("even", "also") or nothing before the name in its clause: it opens the clause. */
  private static boolean clauseStartsAt(ParsedSentence p, int name, int verb) {
    int first = p.subtree(name).nextSetBit(0);
    for (int i = first - 1; i >= 0; i--) {
      if (p.head(i) == verb && p.token(i).pos().equals(",")
          || p.token(i).pos().equals("``") || p.token(i).pos().equals("''")) {
        return true;
      }
      if (!p.token(i).pos().startsWith("RB") && !p.token(i).pos().equals("CC")) {
        return false;
      }
    }
    return true;
  }
}
