package newsfacts.extract.quotes.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.extract.WordLists;
import newsfacts.model.NerTag;

/**
 * A participle or infinitive cue whose proposed source is a thing that cannot speak: "Ana Ruiz
 * voiced frustration, and a little doubt, about the vote, telling aides that C" (the parse made
 * "doubt" the subject of "telling"), "Tom Hale opened the hearing saying C", "The mayor pitched the
 * plan as a way to cut costs, noting that C". A thing is a common noun that CoreNLP's animacy lists
 * give as inanimate only and that no source lexicon holds (organisations, statements, documents,
 * findings, recordings, things that carry words: {@code word-carrier-nouns.txt}), a demonstrative
 * ("That makes me smart") or a word that is no noun at all. The source is then the one in the
 * thing's own "by" phrase ("a decision by the board to close C"), else the nearest subject that can
 * speak (a name, a personal pronoun, an animate or organisation noun) or object that controls an
 * infinitive ("the rule requires candidates to disclose C"), climbing from the cue through the
 * clauses that hold it. A finite cue keeps its subject ("the figures suggest that C"); the climb
 * stops at a reported clause and at a finite clause whose own subject the thing is, unless the
 * thing stands in quoted words.
 */
final class ThingSources {
  private static final Set<String> INANIMATE = SpeakerWords.inanimateOnly();
  private static final Set<String> SPEAKING = union(List.of("organization-nouns.txt", "kind-organization-nouns.txt",
      "generic-organisation-nouns.txt", "belonging-organization-nouns.txt", "speech-nouns.txt", "document-nouns.txt",
      "finding-nouns.txt", "finding-sources.txt", "depiction-nouns.txt", "word-carrier-nouns.txt"));
  private static final int MAX_CLIMB = 6;

  private ThingSources() {}

  /** The speaking subject for the cue {@code verb} whose proposed source {@code head} is a thing; -1 to keep it. */
  static int speaker(ParsedSentence p, int head, int verb) {
    if (verb < 0 || head == verb || !nonFinite(p, verb) || !thing(p, head)) {
      return -1;
    }
    int agent = byAgent(p, head);
    if (agent >= 0) {
      return agent;
    }
    int current = verb;
    for (int depth = 0; depth < MAX_CLIMB && current >= 0; depth++) {
      // "suggesting that the voters erred and dismissing C": a reported clause's subject is spoken of
      if (current != verb && p.relation(current).equals("ccomp")) {
        return -1;
      }
      int subject = p.child(current, "nsubj");
      if (subject >= 0 && subject != head && subject < verb && speaking(p, subject)) {
        return subject;
      }
      // "the rule requires candidates to disclose C": the object controls the infinitive
      int object = p.relation(current).equals("xcomp") ? p.child(p.head(current), "obj") : -1;
      if (object >= 0 && object != head && speaking(p, object)) {
        return object;
      }
      boolean ownSubject = subject == head && finite(p, current) && !quoted(p, head);
      if (ownSubject || p.relation(current).equals("ccomp") || p.relation(current).startsWith("acl:relcl")) {
        return -1;
      }
      current = p.head(current);
    }
    return -1;
  }

  /** "a decision by the board to close C": the one named in the thing's own "by" phrase, or -1. */
  private static int byAgent(ParsedSentence p, int thing) {
    for (int c : p.children(thing)) {
      int mark = p.child(c, "case");
      if (c > thing && p.relation(c).equals("nmod") && mark >= 0 && p.token(mark).word().equalsIgnoreCase("by") && speaking(p, c)) {
        return c;
      }
    }
    return -1;
  }

  /** "the rule requires": a finite verb whose subject the thing is stays the thing's clause. */
  private static boolean finite(ParsedSentence p, int verb) {
    String pos = p.token(verb).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || p.child(verb, "aux") >= 0;
  }

  /** A participle without auxiliary ("few are calling" is finite) or a to-infinitive. */
  private static boolean nonFinite(ParsedSentence p, int verb) {
    String pos = p.token(verb).pos();
    int mark = p.child(verb, "mark");
    return pos.equals("VBG") && p.child(verb, "aux") < 0 || pos.equals("VB") && mark >= 0 && p.token(mark).pos().equals("TO");
  }

  /** Whether the token stands inside quotation marks opened in its sentence ("''That makes me smart''"). */
  private static boolean quoted(ParsedSentence p, int t) {
    // some outlets write '' for both marks, so the marks before it are counted, not paired
    int marks = 0;
    for (int i = 0; i < t; i++) {
      String pos = p.token(i).pos();
      marks += pos.equals("``") || pos.equals("''") ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  /** A common noun that cannot speak, a demonstrative, or a word that is no noun or pronoun. */
  static boolean thing(ParsedSentence p, int t) {
    String pos = p.token(t).pos();
    String lemma = p.token(t).lemma().toLowerCase(Locale.ROOT);
    if (pos.equals("DT")) {
      return lemma.equals("that") || lemma.equals("this");
    }
    if (pos.equals("NN") || pos.equals("NNS")) {
      String word = p.token(t).word().toLowerCase(Locale.ROOT);
      boolean speaking = SPEAKING.contains(lemma) || SPEAKING.contains(word) || SPEAKING.contains(word.replaceAll("s$", ""));
      return p.token(t).ner() == NerTag.O && INANIMATE.contains(lemma) && !speaking;
    }
    return !pos.startsWith("NN") && !pos.startsWith("PRP") && !pos.startsWith("W") && !pos.equals("CD");
  }

  private static boolean speaking(ParsedSentence p, int t) {
    NerTag tag = p.token(t).ner();
    String pos = p.token(t).pos();
    String word = p.token(t).word().toLowerCase(Locale.ROOT);
    if (tag == NerTag.PERSON || tag == NerTag.ORGANIZATION) {
      return true;
    }
    if (pos.equals("PRP")) {
      return !word.equals("it");
    }
    return pos.startsWith("NN") && tag != NerTag.DATE && !INANIMATE.contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(List<String> files) {
    Set<String> all = new HashSet<>();
    files.forEach(f -> all.addAll(WordLists.set(f)));
    return Set.copyOf(all);
  }
}
