package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * Last repairs of a quote's source mention, read from the parse of the quote's sentence before its
 * name is resolved: a dateline taken for the subject ({@link DatelineSources}); a nominal subject
 * with a person's name in apposition right before the cue ("The pastor, Ana Ruiz, said C": the
 * mention nearest the content is the name); and the "by" phrase of a cue that is a participle with
 * no subject of its own ("When asked by Tom Hale whether C, Ana Ruiz said": the one who asks is
 * Hale); the noun of a relative "who" the parse hangs from a place it attached to the verb
 * ({@link RelativeNouns}); the person a recording shows ({@link DepictedSpeakers}); the speaking
 * subject of a participle or infinitive whose proposed source is a thing ({@link ThingSources}); the
 * outer subject of a final participle the parse hung inside a relative clause ({@link RelativeParticiples});
 * the subject an intensive reflexive or a floating quantifier accompanies ({@link FloatingSubjects}).
 */
public final class SourceRepairs {
  private SourceRepairs() {}

  /** A source mention and its head token. */
  public record Source(CharSpan mention, Token head) {}

  /** The repaired source of a quote whose content is {@code content} and cue {@code cue}. */
  public static Source repaired(AnnotatedArticle doc, List<EntityMention> entities, CharSpan content, String cue,
      CharSpan mention, Token head) {
    Source source = new Source(mention, head);
    if (cue == null || cue.isBlank()) {
      return ContinuationSources.repaired(doc, entities, content, source);
    }
    int sentence = head == null ? -1 : doc.sentenceAt(head.span().begin());
    if (sentence < 0 || sentence != doc.sentenceAt(content.begin())) {
      return source;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    source = DatelineSources.repaired(p, entities, source);
    source = FloatingSubjects.repaired(p, entities, source);
    int maker = AuthoredSources.maker(p, source.head().index());
    if (maker >= 0) {
      source = new Source(SpeakerMentions.span(p, maker, entities), p.token(maker));
    }
    int verb = cueBefore(p, content, cue);
    if (verb < 0) {
      int speaking = ThingSources.speaker(p, source.head().index(), cueToken(p, content, cue));
      return speaking < 0 ? source : new Source(SpeakerMentions.span(p, speaking, entities), p.token(speaking));
    }
    int apposed = apposedName(p, source.head().index(), verb);
    int agent = p.token(verb).pos().equals("VBN") && !p.subtree(verb).get(source.head().index()) ? reducedAgent(p, verb) : -1;
    int who = RelativeNouns.relativeSubject(p, verb);
    boolean ofWho = who >= 0 && p.head(p.head(who)) == source.head().index();
    int relative = ofWho ? RelativeNouns.corrected(p, entities, who, source.head().index()) : -1;
    int sender = ParticipleNouns.speaker(p, source.head().index(), verb);
    int outer = OuterSubjects.speaker(p, source.head().index(), verb);
    outer = outer >= 0 ? outer : OuterSubjects.conjoinedToRelative(p, source.head().index(), verb);
    outer = outer >= 0 ? outer : DepictedSpeakers.speaker(p, source.head().index(), verb);
    outer = outer >= 0 ? outer : ThingSources.speaker(p, source.head().index(), verb);
    outer = outer >= 0 ? outer : RelativeParticiples.speaker(p, source.head().index(), verb);
    int repaired = apposed >= 0 ? apposed : agent >= 0 ? agent : relative >= 0 ? relative : sender >= 0 ? sender : outer;
    return repaired < 0 || repaired == source.head().index() ? source
        : new Source(SpeakerMentions.span(p, repaired, entities), p.token(repaired));
  }

  /** The cue's verb: the last token named by the cue that ends before the content, at most four tokens before it. */
  private static int cueBefore(ParsedSentence p, CharSpan content, String cue) {
    if (cue == null || cue.isBlank()) {
      return -1;
    }
    String words = " " + cue.toLowerCase(Locale.ROOT) + " ";
    int first = 0;
    while (first < p.size() && p.token(first).span().begin() < content.begin()) {
      first++;
    }
    for (int v = first - 1; v >= Math.max(0, first - 4); v--) {
      if (p.isVerb(v) && words.contains(" " + p.token(v).word().toLowerCase(Locale.ROOT) + " ")) {
        return v;
      }
    }
    return -1;
  }

  /** The verb named by the cue nearest before the content in its sentence, at any distance; -1 if none. */
  private static int cueToken(ParsedSentence p, CharSpan content, String cue) {
    String words = " " + cue.toLowerCase(Locale.ROOT) + " ";
    int cueToken = -1;
    for (int v = 0; v < p.size() && p.token(v).span().end() <= content.begin(); v++) {
      if (p.isVerb(v) && words.contains(" " + p.token(v).word().toLowerCase(Locale.ROOT) + " ")) {
        cueToken = v;
      }
    }
    return cueToken;
  }

  /**
   * A person's name in apposition to a singular common-noun or a counted source, before the cue: "the
   * pastor, Ana Ruiz, said", "One of the men, Tom Hale, said", "a third, Ana Ruiz, said"; -1 otherwise.
   */
  private static int apposedName(ParsedSentence p, int head, int verb) {
    String pos = p.token(head).pos();
    if (!(pos.equals("NN") || pos.equals("CD") || pos.equals("JJ")) || head > verb) {
      return -1;
    }
    for (int c : p.children(head)) {
      if (p.relation(c).equals("appos") && c < verb && p.token(c).ner() == NerTag.PERSON && p.token(c).pos().startsWith("NNP")) {
        return c;
      }
    }
    return -1;
  }

  /** The "by" phrase of a participle cue with no subject or auxiliary of its own hanging from another clause; -1 otherwise. */
  private static int reducedAgent(ParsedSentence p, int verb) {
    boolean own = p.children(verb).stream()
        .anyMatch(c -> p.relation(c).startsWith("nsubj") || p.relation(c).startsWith("aux"));
    String relation = p.relation(verb);
    return own || !(relation.equals("dep") || relation.startsWith("advcl")) ? -1 : p.passiveAgent(verb);
  }
}
