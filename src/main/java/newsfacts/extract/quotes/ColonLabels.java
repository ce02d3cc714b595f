package newsfacts.extract.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.QuoteWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;

/**
 * The source in the label of a "Label: claim" line, as the token that heads it. A name the tagger
 * knows as a person or an organisation, there or elsewhere in the article; a poll or document noun
 * alone ("Survey: Most Drivers Want Tolls"); a capitalised label whose last word is the subject of a
 * reporting verb elsewhere in the article (the tagger often misreads a headline's title case: "Ruiz:
 * Bridge Will Wait" where "Ruiz said" follows); and a source with the addressee or topic after it
 * ("Ruiz on the Bridge: No Reason to Close It", "Ruiz to Voters: Wait").
 */
final class ColonLabels {
  /** Tokens of a name before the colon. */
  static final int MAX_NAME = 4;
  /** Tokens of a whole label: a name, a preposition and its object. */
  static final int MAX_LABEL = 7;
  private static final Set<NerTag> SOURCES = EnumSet.of(NerTag.PERSON, NerTag.ORGANIZATION);
  private static final Set<EntityType> SOURCE_ENTITIES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
  /** Prepositions between a headline's source and its addressee or topic ("X on Y:", "X to Y:", "X at Y:"). */
  private static final Set<String> LABEL_PREPOSITIONS = Set.of("on", "to", "at");

  private final Set<String> sourceNouns;
  private final Set<String> reportingVerbs;

  ColonLabels(QuoteWords words) {
    this.sourceNouns = words.colonLineSources();
    this.reportingVerbs = words.reportingVerbs();
  }

  /** The source's head token in the label from {@code first} to {@code colon}, or -1 if the label names none. */
  int sourceHead(ParsedSentence p, int first, int colon, List<ParsedSentence> article, List<EntityMention> entities) {
    int preposition = IntStream.range(first + 1, Math.min(colon, first + MAX_NAME + 1))
        .filter(i -> LABEL_PREPOSITIONS.contains(p.token(i).word().toLowerCase(Locale.ROOT))).findFirst().orElse(-1);
    if (preposition > 0) {
      int head = preposition - 1;
      boolean name = IntStream.range(first, preposition).allMatch(i -> p.token(i).pos().startsWith("NNP"));
      if (name && (isSource(p, head, entities) || speaksElsewhere(p, head, article))) {
        return head;
      }
    }
    if (colon - first > MAX_NAME) {
      return -1;
    }
    int head = colon - 1;
    boolean name = IntStream.range(first, colon).allMatch(i -> p.token(i).pos().startsWith("NNP"));
    boolean sourceNoun = colon == first + 1 && p.token(first).pos().startsWith("NN")
        && sourceNouns.contains(p.token(first).lemma().toLowerCase(Locale.ROOT));
    boolean capitalised = IntStream.range(first, colon).allMatch(i -> Character.isUpperCase(p.token(i).word().charAt(0)));
    return sourceNoun || name && isSource(p, head, entities) || capitalised && speaksElsewhere(p, head, article)
        ? head : -1;
  }

  private static boolean isSource(ParsedSentence p, int head, List<EntityMention> entities) {
    String word = p.token(head).word();
    return SOURCES.contains(p.token(head).ner())
        || entities.stream().anyMatch(e -> SOURCE_ENTITIES.contains(e.type())
            && !e.span().overlaps(p.sentence().span()) && e.text().endsWith(" " + word));
  }

  /** Whether the word is the subject of a reporting verb in another sentence of the article ("Ruiz said"). */
  private boolean speaksElsewhere(ParsedSentence p, int head, List<ParsedSentence> article) {
    String word = p.token(head).word();
    return article.stream().filter(s -> s.sentence().index() != p.sentence().index())
        .anyMatch(s -> IntStream.range(0, s.size()).anyMatch(i -> s.token(i).word().equals(word)
            && s.relation(i).startsWith("nsubj") && s.head(i) >= 0
            && reportingVerbs.contains(s.token(s.head(i)).lemma().toLowerCase(Locale.ROOT))));
  }
}
