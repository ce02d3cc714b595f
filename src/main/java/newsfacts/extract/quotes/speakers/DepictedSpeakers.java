package newsfacts.extract.quotes.speakers;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * "The ad uses footage of Ana Ruiz asking, 'Why now?'": the parse makes the recording the
 * subject of the participle, but the one shown speaks. A recording or picture (lexicon
 * {@code depiction-nouns.txt}) proposed as the source of a participle cue gives way to the person
 * named in its "of" phrase; "a video of the crowd shows" keeps its noun (no person, no participle).
 */
final class DepictedSpeakers {
  private static final Set<String> DEPICTIONS = WordLists.set("depiction-nouns.txt");

  private DepictedSpeakers() {}

  /** The person shown by the recording at {@code head}, source of the participle {@code verb}; -1 to keep it. */
  static int speaker(ParsedSentence p, int head, int verb) {
    if (verb < 0 || !p.token(verb).pos().equals("VBG")
        || !DEPICTIONS.contains(p.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : p.children(head)) {
      int mark = p.child(c, "case");
      boolean of = p.relation(c).equals("nmod") && mark >= 0 && p.token(mark).word().equalsIgnoreCase("of");
      if (of && c < verb && (p.token(c).ner() == NerTag.PERSON || personalPronoun(p, c))) {
        return c;
      }
    }
    return -1;
  }

  private static boolean personalPronoun(ParsedSentence p, int t) {
    return p.token(t).pos().equals("PRP") && p.token(t).word().matches("(?i)him|her|them|me|us");
  }
}
