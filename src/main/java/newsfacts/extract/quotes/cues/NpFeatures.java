package newsfacts.extract.quotes.cues;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.CharSpan;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * What the noun-phrase content classifier sees of a reporting verb with an object and no clause
 * ("The mayor rejected the offer"): the verb's lemma and form, its auxiliaries and negation, its
 * subject's kind, and the object's head (part of speech, entity tag), first word class, length,
 * quotation marks and modifiers. Besides closed-class words (determiners, auxiliaries, prepositions)
 * only the verb's lemma and a common-noun head's lemma are named; never a proper noun.
 */
public final class NpFeatures {
  private static final Set<NerTag> AMOUNTS = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT);
  private static final Set<String> CLOSED_FIRST = Set.of("DT", "PRP$", "PRP", "CD", "WDT", "PDT");

  private final Set<String> lexiconCues;
  private final Set<String> speechNouns = new HashSet<>();

  /**
   * @param words the lexicon: its reporting verbs and its speech, speech-act and document nouns
   *     ("statement", "warning", "report") are features
   */
  public NpFeatures(QuoteWords words) {
    this.lexiconCues = words.reportingVerbs();
    speechNouns.addAll(words.speechNouns());
    speechNouns.addAll(words.speechActNouns());
    speechNouns.addAll(words.documentNouns());
  }

  /**
   * A candidate: a verb of {@code lemmas} with an object after it and neither a clausal complement
   * nor a to-infinitive ("warned the council" yes; "warned that ...", "urged the council to act" no).
   */
  public static boolean isCandidate(ParsedSentence p, int t, Set<String> lemmas) {
    if (!CueFeatures.isCandidate(p, t) || !lemmas.contains(p.token(t).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int object = object(p, t);
    return object > t && !isAmount(p, object) && p.child(t, "ccomp", "parataxis") < 0 && p.children(t).stream()
        .noneMatch(c -> p.relation(c).equals("xcomp") && p.child(c, "mark") >= 0);
  }

  /**
   * An amount ("added 300 jobs") or a rate, a time unit counted in money or numbers ("will add $40 a year to the
   * bill", the parse's object being "a year"): what a verb does, not what anyone says. "One of" a group
   * counts people or things, not an amount.
   */
  public static boolean isAmount(ParsedSentence p, int object) {
    NerTag ner = p.token(object).ner();
    // "one of his aides", "two of the charges": a part of a group, not an amount
    boolean partitive = ner == NerTag.NUMBER && p.children(object).stream()
        .anyMatch(c -> p.relation(c).startsWith("nmod") && p.child(c, "case") >= 0
            && p.token(p.child(c, "case")).word().equalsIgnoreCase("of"));
    return AMOUNTS.contains(ner) && !partitive || (ner == NerTag.DURATION || ner == NerTag.SET)
        && p.children(object).stream().anyMatch(c -> p.relation(c).equals("nummod") && AMOUNTS.contains(p.token(c).ner()));
  }

  /** The verb's direct object, or -1. */
  public static int object(ParsedSentence p, int t) {
    return p.child(t, "obj");
  }

  public List<String> of(ParsedSentence p, int t, List<CharSpan> quotations) {
    List<String> f = new ArrayList<>();
    String lemma = p.token(t).lemma().toLowerCase(Locale.ROOT);
    int object = object(p, t);
    f.add("bias");
    f.add("lemma=" + lemma);
    f.add("lexicon=" + lexiconCues.contains(lemma));
    f.add("pos=" + p.token(t).pos());
    f.add("rel=" + CueFeatures.base(p.relation(t)));
    verb(p, t, lemma, f);
    objectHead(p, object, lemma, f);
    objectPhrase(p, object, quotations, f);
    afterObject(p, t, object, f);
    return f;
  }

  /** Auxiliaries, negation and the subject. */
  private static void verb(ParsedSentence p, int t, String lemma, List<String> f) {
    boolean negated = false;
    for (int c : p.children(t)) {
      String relation = p.relation(c);
      String word = p.token(c).word().toLowerCase(Locale.ROOT);
      if (relation.startsWith("aux")) {
        f.add("aux=" + p.token(c).lemma().toLowerCase(Locale.ROOT));
      }
      negated |= relation.equals("advmod") && (word.equals("not") || word.equals("n't") || word.equals("never"));
    }
    f.add("negated=" + negated);
    int subject = p.child(t, "nsubj");
    String kind = subject < 0 ? "none" : CueFeatures.subjectKind(p.token(subject));
    f.add("subj=" + kind);
    f.add("lemma|subj=" + lemma + "|" + kind);
  }

  /** The head's part of speech and entity tag; a common noun's lemma, and whether the lexicon has it. */
  private void objectHead(ParsedSentence p, int object, String lemma, List<String> f) {
    Token head = p.token(object);
    String noun = head.lemma().toLowerCase(Locale.ROOT);
    f.add("obj-speech-noun=" + speechNouns.contains(noun));
    if (head.pos().equals("NN") || head.pos().equals("NNS")) {
      f.add("obj-lemma=" + noun);
    }
    f.add("obj-pos=" + head.pos());
    f.add("obj-ner=" + head.ner().name());
    f.add("lemma|obj-pos=" + lemma + "|" + head.pos());
    f.add("lemma|obj-ner=" + lemma + "|" + head.ner().name());
    f.add("lemma|subj-none=" + lemma + "|" + (p.child(p.head(object), "nsubj") < 0));
    f.add("obj-plural=" + head.pos().endsWith("S"));
  }

  /** The object's first word class, length, quotation marks and modifiers. */
  private static void objectPhrase(ParsedSentence p, int object, List<CharSpan> quotations, List<String> f) {
    var phrase = p.subtree(object);
    int first = phrase.nextSetBit(0);
    Token firstToken = p.token(first);
    boolean closed = CLOSED_FIRST.contains(firstToken.pos());
    f.add("obj-first=" + (closed ? firstToken.word().toLowerCase(Locale.ROOT) : firstToken.pos()));
    int length = phrase.cardinality();
    f.add("obj-length=" + (length <= 2 ? String.valueOf(length) : length <= 4 ? "3-4" : length <= 8 ? "5-8" : "9+"));
    CharSpan span = p.span(phrase);
    f.add("obj-quoted=" + quotations.stream().anyMatch(q -> q.overlaps(span)));
    for (int c : p.children(object)) {
      String relation = p.relation(c);
      f.add("obj-child=" + relation);
      int marker = p.child(c, "case", "mark");
      if (marker >= 0 && c > object) {
        f.add("obj-child|marker=" + CueFeatures.base(relation) + "|" + p.token(marker).word().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** Phrases of the verb after the object ("rejected the claim as false", "thanked her for ..."). */
  private static void afterObject(ParsedSentence p, int t, int object, List<String> f) {
    boolean any = false;
    for (int c : p.children(t)) {
      if (c > object && !p.relation(c).equals("punct")) {
        any = true;
        int marker = p.child(c, "case", "mark");
        String word = marker < 0 ? "" : p.token(marker).word().toLowerCase(Locale.ROOT);
        f.add("after=" + CueFeatures.base(p.relation(c)) + "|" + word);
      }
    }
    f.add("after-any=" + any);
    f.add("iobj=" + (p.child(t, "iobj") >= 0));
  }
}
