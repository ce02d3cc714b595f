package newsfacts.extract.quotes.speakers;

import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.NerTag;

/**
 * A participle set off by a comma at the end of a sentence that the parse hangs inside a relative
 * clause: in "Tom Hale refused to pay a builder who said he was owed money for the roof, saying
 * C" or "Crowds marched past the arena - where the home team played - while chanting C", the
 * proposed source is the relative clause's subject or its noun ("a builder", "the home team"), but
 * the participle goes with the clause the noun belongs to; its subject (through the clauses that
 * share it) is the source.
 */
final class RelativeParticiples {
  private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "conj", "advcl", "dep", "acl");
  private static final int MAX_DEPTH = 6;

  private RelativeParticiples() {}

  /** The subject of the clause that holds the relative clause the participle {@code verb} hangs in; -1 to keep {@code head}. */
  static int speaker(ParsedSentence p, int head, int verb) {
    if (!p.token(verb).pos().equals("VBG") || p.child(verb, "nsubj") >= 0 || p.child(verb, "aux") >= 0
        || !afterComma(p, verb)) {
      return -1;
    }
    int relative = p.head(verb);
    for (int depth = 0; depth < MAX_DEPTH && relative >= 0 && !p.relation(relative).equals("acl:relcl"); depth++) {
      // '"C," he added, noting D': a clause on the way whose own subject was proposed keeps it
      if (p.child(relative, "nsubj") == head) {
        return -1;
      }
      relative = p.head(relative);
    }
    if (relative < 0 || !p.relation(relative).equals("acl:relcl")) {
      return -1;
    }
    int noun = p.head(relative);
    if (head != noun && !p.subtree(relative).get(head)) {
      return -1;
    }
    int outer = p.head(noun);
    for (int depth = 0; depth < MAX_DEPTH && outer >= 0 && !p.isVerb(outer); depth++) {
      outer = p.head(outer);
    }
    int subject = outer >= 0 ? subjectOf(p, outer) : -1;
    return subject >= 0 && subject < noun && person(p, subject) ? subject : -1;
  }

  /** "..., saying" or "... - while chanting": a comma or dash right before the participle or its mark. */
  private static boolean afterComma(ParsedSentence p, int verb) {
    int before = p.child(verb, "mark") == verb - 1 ? verb - 2 : verb - 1;
    return before >= 0 && (p.token(before).pos().equals(",") || p.token(before).pos().equals(":"));
  }

  private static boolean person(ParsedSentence p, int t) {
    NerTag tag = p.token(t).ner();
    String pos = p.token(t).pos();
    return tag == NerTag.PERSON || tag == NerTag.ORGANIZATION || pos.equals("PRP") && !p.token(t).word().equalsIgnoreCase("it")
        || pos.startsWith("NNS");
  }

  private static int subjectOf(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < MAX_DEPTH && current >= 0; depth++) {
      int subject = p.child(current, "nsubj");
      if (subject >= 0) {
        return p.token(subject).pos().startsWith("W") ? -1 : subject;
      }
      String relation = p.relation(current);
      if (SUBJECT_SHARING.stream().noneMatch(relation::startsWith)) {
        return -1;
      }
      current = p.head(current);
    }
    return -1;
  }
}
