package newsfacts.extract.quotes.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.CharSpan;
import newsfacts.model.Token;

/**
 * What the cue classifier sees of a verb: its lemma and part of speech, its place in the
 * dependency tree, its complements, its subject, and the quotation marks around it. Each feature
 * is a string ("lemma=warn", "child=ccomp", "subj=PERSON"); the model weighs each one.
 */
public final class CueFeatures {
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj", "iobj", "parataxis", "obl");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we", "they", "you");

  private final Set<String> lexiconCues;

  /** @param lexiconCues the reporting verbs of the lexicon (a feature: the rules' own list) */
  public CueFeatures(Set<String> lexiconCues) {
    this.lexiconCues = lexiconCues;
  }

  /** Tokens worth scoring: verbs that are not auxiliaries or copulas. */
  public static boolean isCandidate(ParsedSentence p, int t) {
    String relation = p.relation(t);
    return p.isVerb(t) && !relation.startsWith("aux") && !relation.equals("cop");
  }

  /**
   * Whether a feature is one this version emits (examples saved by an earlier one may hold others;
   * the subject's own word was dropped so that the model names no one).
   */
  public static boolean isKnown(String feature) {
    return !feature.startsWith("subj-lemma=");
  }

  public List<String> of(ParsedSentence p, int t, List<CharSpan> quotations) {
    List<String> f = new ArrayList<>();
    Token token = p.token(t);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    f.add("bias");
    f.add("lemma=" + lemma);
    f.add("pos=" + token.pos());
    f.add("lexicon=" + lexiconCues.contains(lemma));
    String relation = p.relation(t);
    f.add("rel=" + relation);
    f.add("lemma|rel=" + lemma + "|" + base(relation));
    int head = p.head(t);
    f.add("headpos=" + (head >= 0 ? p.token(head).pos() : "ROOT"));
    complements(p, t, lemma, f);
    subject(p, t, lemma, f);
    surroundings(p, t, quotations, f);
    return f;
  }

  private static void complements(ParsedSentence p, int t, String lemma, List<String> f) {
    boolean any = false;
    for (int c : p.children(t)) {
      String relation = p.relation(c);
      f.add("child=" + relation);
      if (COMPLEMENTS.contains(base(relation))) {
        any = true;
        f.add("lemma|child=" + lemma + "|" + base(relation));
        f.add("child|side=" + base(relation) + "|" + (c < t ? "before" : "after"));
      }
      int mark = p.child(c, "mark");
      if (base(relation).equals("ccomp") && mark >= 0) {
        f.add("ccomp-mark=" + p.token(mark).word().toLowerCase(Locale.ROOT));
      }
    }
    if (!any) {
      f.add("lemma|nocomplement=" + lemma);
    }
  }

  private static void subject(ParsedSentence p, int t, String lemma, List<String> f) {
    int subject = p.child(t, "nsubj");
    if (subject < 0) {
      f.add("subj=none");
      f.add("lemma|subj=" + lemma + "|none");
      return;
    }
    Token s = p.token(subject);
    String kind = subjectKind(s);
    f.add("subj=" + kind);
    f.add("subj-rel=" + p.relation(subject));
    f.add("lemma|subj=" + lemma + "|" + kind);
    f.add("subj|side=" + kind + "|" + (subject < t ? "before" : "after"));
  }

  /** PERSON, ORGANIZATION ... from the named-entity tag; PRONOUN for he/she/they; else the part of speech. */
  static String subjectKind(Token s) {
    String word = s.word().toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(word)) {
      return "PRONOUN";
    }
    String ner = s.ner().name();
    if (!ner.equals("O")) {
      return ner;
    }
    return s.pos().startsWith("NN") ? "NOUN" : s.pos();
  }

  private static void surroundings(ParsedSentence p, int t, List<CharSpan> quotations, List<String> f) {
    CharSpan at = p.token(t).span();
    CharSpan sentence = p.sentence().span();
    boolean inside = quotations.stream().anyMatch(q -> q.contains(at));
    f.add("in-quote=" + inside);
    if (!inside) {
      boolean before = quotations.stream().anyMatch(q -> q.end() <= at.begin() && q.end() > sentence.begin());
      boolean after = quotations.stream().anyMatch(q -> q.begin() >= at.end() && q.begin() < sentence.end());
      f.add("quote-before=" + before);
      f.add("quote-after=" + after);
    }
    f.add("prev=" + punctuationOr(p, t - 1));
    f.add("next=" + punctuationOr(p, t + 1));
    f.add("position=" + Math.min(3, 4 * t / Math.max(1, p.size())));
  }

  /** The token's word when it is punctuation, "w" for a word, "edge" outside the sentence. */
  private static String punctuationOr(ParsedSentence p, int i) {
    if (i < 0 || i >= p.size()) {
      return "edge";
    }
    String word = p.token(i).word();
    return word.chars().anyMatch(Character::isLetterOrDigit) ? "w" : word;
  }

  static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
