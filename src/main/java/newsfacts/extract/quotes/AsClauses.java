package newsfacts.extract.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;

/**
 * A reporting verb in an as-clause ("As the mayor noted, taxes rose"): the clause the as-clause
 * modifies is the content.
 */
final class AsClauses {
  /** Verbs whose object is the addressee ("told the council"), not what is said. */
  private static final Set<String> ADDRESSEE_VERBS = WordLists.set("addressee-verbs.txt");

  private AsClauses() {
  }

  /** "As the mayor noted, taxes rose": an as-clause with neither object nor clause of its own. */
  static boolean isPlain(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    return p.relation(verb).startsWith("advcl") && p.head(verb) > verb && mark >= 0 && mark < verb
        && p.token(mark).word().equalsIgnoreCase("as") && p.child(verb, "ccomp", "obj") < 0;
  }

  /** "As the mayor put it, taxes rose": "put it" reports only in such a clause. */
  static boolean putsIt(ParsedSentence p, int verb) {
    int object = p.child(verb, "obj");
    return p.token(verb).lemma().equalsIgnoreCase("put") && object > verb && p.token(object).word().equalsIgnoreCase("it")
        && hasOwnSubject(p, verb);
  }

  /** An as-clause with its own subject between "as" and the verb and no infinitive ("as costs threaten to rise"). */
  private static boolean hasOwnSubject(ParsedSentence p, int verb) {
    int mark = p.child(verb, "mark");
    int subject = p.child(verb, "nsubj");
    return p.relation(verb).startsWith("advcl") && p.head(verb) > verb && mark >= 0 && mark < subject
        && subject < verb && p.token(mark).word().equalsIgnoreCase("as") && p.child(verb, "ccomp", "xcomp") < 0;
  }

  /**
   * The clause an as-clause modifies, also where a surface pattern read the verb's adjunct or object as
   * its content ("As the mayor wrote in her memo, taxes rose", "As she told the council, taxes rose", "As
   * he said it, taxes rose"); an object other than "it" or an addressee keeps the plain reading ("as she
   * announced her bid, the crowd cheered" reports nothing). The part after the as-clause when it holds
   * two words or more ("In May, as she wrote, taxes rose"), since a content cannot hold its speaker.
   * Null if the verb heads no such clause.
   */
  static BitSet modified(ParsedSentence p, int verb) {
    int object = p.child(verb, "obj");
    boolean mute = object < 0 || p.token(object).word().equalsIgnoreCase("it")
        || ADDRESSEE_VERBS.contains(p.token(verb).lemma().toLowerCase(Locale.ROOT));
    if (!mute || !hasOwnSubject(p, verb)) {
      return null;
    }
    BitSet clause = p.subtree(verb);
    BitSet content = p.subtree(p.head(verb));
    content.andNot(clause);
    BitSet after = (BitSet) content.clone();
    after.clear(0, clause.length());
    return after.stream().filter(i -> !p.token(i).pos().matches("[.,:]")).count() >= 2 ? after : content;
  }
}
