package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * A source that is a statement, a document or a finding (lexicons {@code speech-nouns.txt},
 * {@code document-nouns.txt}, {@code finding-nouns.txt}) made by someone named with it: "according
 * to a tally by the Freedonian Press Agency", "calculations by Ana Ruiz of the harbour board show",
 * "a report submitted by the union says". The maker named in the "by" or "from" phrase is the source, as the clause frames read
 * "a statement from the union saying"; a participle counts only as a verb of making (lexicon
 * {@code making-verbs.txt}: "compiled by", not "appointed by"), and so does the subject of a
 * relative clause of making ("a speech Ana Ruiz delivered"). Anything else stays the source ("a
 * spokesman for the union", "a commission from the state", "the decision by the judge suggests").
 */
final class AuthoredSources {
  private static final Set<String> MAKING_VERBS = WordLists.set("making-verbs.txt");
  private static final Set<String> THINGS = things();
  private AuthoredSources() {}

  /** The maker of the thing at {@code head}, or -1. */
  static int maker(ParsedSentence p, int head) {
    boolean thing = p.token(head).pos().startsWith("NN") && !p.token(head).pos().startsWith("NNP") && p.token(head).ner() == NerTag.O
        && THINGS.contains(p.token(head).lemma().toLowerCase(Locale.ROOT));
    if (!thing) {
      return -1;
    }
    for (int c : p.children(head)) {
      if (c < head) {
        continue;
      }
      int agent = p.relation(c).startsWith("nmod") && byOrFrom(p, c) ? c
          : p.relation(c).equals("acl") && p.token(c).pos().equals("VBN")
              && MAKING_VERBS.contains(p.token(c).lemma().toLowerCase(Locale.ROOT)) ? p.passiveAgent(c) : -1;
      if (agent >= 0 && named(p, agent)) {
        return agent;
      }
      int subject = relativeMaker(p, c);
      if (subject >= 0) {
        return subject;
      }
    }
    return -1;
  }

  /**
   * "according to a speech Ana Ruiz delivered", "the letter she wrote says": a relative clause of
   * making whose object is the thing itself (no object of its own) and whose subject is a name or a
   * personal pronoun; -1 otherwise.
   */
  private static int relativeMaker(ParsedSentence p, int clause) {
    String relation = p.relation(clause);
    boolean relative = relation.equals("acl:relcl") || relation.equals("dep");
    if (!relative || !p.isVerb(clause) || p.token(clause).pos().equals("VBG") || p.child(clause, "obj") >= 0
        || !MAKING_VERBS.contains(p.token(clause).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int subject = p.child(clause, "nsubj");
    boolean pronoun = subject >= 0 && p.token(subject).pos().equals("PRP") && !p.token(subject).word().equalsIgnoreCase("it");
    return subject >= 0 && subject < clause && (pronoun || named(p, subject)) ? subject : -1;
  }

  private static Set<String> things() {
    Set<String> all = new HashSet<>(WordLists.set("speech-nouns.txt"));
    all.addAll(WordLists.set("document-nouns.txt"));
    all.addAll(WordLists.set("finding-nouns.txt"));
    return Set.copyOf(all);
  }

  private static boolean byOrFrom(ParsedSentence p, int noun) {
    int mark = p.child(noun, "case");
    return mark >= 0 && p.token(mark).word().matches("(?i)by|from");
  }

  /** A name of a person or an organisation, or a noun with such a name in apposition or as its compound. */
  private static boolean named(ParsedSentence p, int t) {
    NerTag tag = p.token(t).ner();
    return p.token(t).pos().startsWith("NNP") && (tag == NerTag.PERSON || tag == NerTag.ORGANIZATION || tag == NerTag.O);
  }
}
