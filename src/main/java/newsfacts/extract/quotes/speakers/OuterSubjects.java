package newsfacts.extract.quotes.speakers;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * A participle cue that the parse hangs from a clause reported inside another one: in "Ana Ruiz
 * rejected the claim that the fees had risen, noting that C" or "Investors see a chance that the
 * board will act - implying that C", the parse makes "noting" a dependent of the inner clause, so
 * its subject ("the fees", "the board") was proposed; the one who notes is the subject of the clause
 * that reports or holds the inner one. A participle right after its own reported clause is read the
 * same way: the inner clause's subject is someone spoken of, not the speaker.
 */
final class OuterSubjects {
  private static final Set<String> PARTICIPLE_RELATIONS = Set.of("dep", "advcl");
  private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "conj", "advcl", "dep");
  private static final Set<String> REPORTING = WordLists.set("reporting-verbs.txt");
  private static final Set<String> SPEAKING_THINGS = union(WordLists.set("speech-nouns.txt"), WordLists.set("document-nouns.txt"),
      WordLists.set("organization-nouns.txt"));

  private OuterSubjects() {}

  /** The subject of the outer clause for the participle cue {@code verb} whose proposed source is {@code head}; -1 to keep it. */
  static int speaker(ParsedSentence p, int head, int verb) {
    if (!p.token(verb).pos().equals("VBG") || !PARTICIPLE_RELATIONS.contains(p.relation(verb))
        || p.child(verb, "nsubj") >= 0 || verb == 0 || !p.relation(verb - 1).equals("punct")) {
      return -1;
    }
    int inner = p.head(verb);
    // '"C," the aide added, saying ...': an inner reporting verb is the participle's own attribution
    boolean reporting = inner >= 0 && REPORTING.contains(p.token(inner).lemma().toLowerCase(Locale.ROOT));
    if (inner < 0 || reporting || p.child(inner, "nsubj") != head || !p.relation(inner).equals("ccomp")) {
      return -1;
    }
    int outer = p.head(inner);
    for (int depth = 0; depth < 3 && outer >= 0 && !p.isVerb(outer); depth++) {
      outer = p.head(outer);
    }
    int subject = outer >= 0 ? subjectOf(p, outer) : -1;
    return subject >= 0 && subject < head && speakerLike(p, subject) ? subject : -1;
  }

  /** A name, a pronoun or a plural noun; a singular common noun outside any name is more often a parse error. */
  private static boolean speakerLike(ParsedSentence p, int t) {
    String pos = p.token(t).pos();
    return !pos.equals("NN") || p.token(t).ner() != NerTag.O;
  }

  /**
   * "Ana Ruiz praised the raid that freed the crew and said C": a cue conjoined to a relative clause
   * whose "that" or "which" stands for a thing (a singular common noun that is no statement, document
   * or organisation) is not that thing's; its source is the subject of the clause the thing belongs to.
   */
  static int conjoinedToRelative(ParsedSentence p, int head, int verb) {
    int relative = p.head(verb);
    if (!p.relation(verb).equals("conj") || relative < 0) {
      return -1;
    }
    int pronoun = p.child(relative, "nsubj");
    int noun = p.head(relative);
    // "the raid that freed the crew": a relative "that" the parse hung from its noun as a complement
    boolean misread = pronoun >= 0 && p.token(pronoun).pos().equals("WDT")
        && (p.relation(relative).equals("ccomp") || p.relation(relative).equals("acl"));
    if (!p.relation(relative).equals("acl:relcl") && !misread) {
      return -1;
    }
    if (pronoun < 0 || !p.token(pronoun).word().matches("(?i)that|which") || head != pronoun && head != noun
        || !p.token(noun).pos().equals("NN") || p.token(noun).ner() != NerTag.O
        || SPEAKING_THINGS.contains(p.token(noun).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int outer = p.head(noun);
    for (int depth = 0; depth < 3 && outer >= 0 && !p.isVerb(outer); depth++) {
      outer = p.head(outer);
    }
    int subject = outer >= 0 ? subjectOf(p, outer) : -1;
    return subject >= 0 && subject < noun && speakerLike(p, subject) ? subject : -1;
  }

  private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    all.addAll(c);
    return Set.copyOf(all);
  }

  private static int subjectOf(ParsedSentence p, int verb) {
    int current = verb;
    for (int depth = 0; depth < 4 && current >= 0; depth++) {
      int subject = p.child(current, "nsubj");
      if (subject >= 0) {
        return p.token(subject).pos().startsWith("W") || p.token(subject).ner().timexType().isPresent() ? -1 : subject;
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
