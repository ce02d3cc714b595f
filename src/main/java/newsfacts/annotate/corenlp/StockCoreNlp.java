package newsfacts.annotate.corenlp;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import newsfacts.model.ArticleResult;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.NerTag;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * The baseline: stock CoreNLP as a user would run it (default annotators and settings, no
 * document date, its own quote attribution and KBP relations), mapped to our tables with no
 * repairs, so that scores.csv shows what the pipeline adds. Slow and memory-hungry (coref, kbp):
 * run it by hand with {@code ./run.sh baseline}; its tables are cached in output/baseline/.
 * A KBP triple whose relation is not a TAC KBP slot ({@link RelationSlot}) is left out.
 */
public final class StockCoreNlp {
  private final StanfordCoreNLP pipeline;

  public StockCoreNlp() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote,kbp");
    this.pipeline = new StanfordCoreNLP(properties);
  }

  public ArticleResult annotate(Article article) {
    Annotation document = new Annotation(article.text());
    pipeline.annotate(document);
    List<EntityMention> entities = new ArrayList<>();
    List<Timex> dates = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    int tokens = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      for (CoreMap m : orEmpty(sentence.get(CoreAnnotations.MentionsAnnotation.class))) {
        addMention(article.text(), i, m, entities, dates);
      }
      CharSpan evidence = span(sentence);
      for (RelationTriple t : orEmpty(sentence.get(CoreAnnotations.KBPTriplesAnnotation.class))) {
        RelationSlot.fromWrittenName(t.relationGloss()).ifPresent(slot -> relations.add(
            new Relation(t.subjectGloss(), slot, t.objectGloss(), evidence, "corenlp-kbp", t.confidence)));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (CoreMap q : orEmpty(document.get(CoreAnnotations.QuotationsAnnotation.class))) {
      CharSpan span = span(q);
      String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
      if (speaker == null) {
        speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      }
      Integer sentence = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
      quotes.add(new Quote(span, span.of(article.text()), QuoteKind.DIRECT, Optional.empty(), "",
          speaker == null ? "" : speaker, "", sentence == null ? -1 : sentence));
    }
    entities.sort(java.util.Comparator.comparing(EntityMention::span));
    dates.sort(java.util.Comparator.comparing(Timex::span));
    quotes.sort(java.util.Comparator.comparing(Quote::span));
    DocumentInfo info = new DocumentInfo(article.id(), article.file().getFileName().toString(), "",
        DocDate.unknown("stock CoreNLP: no document date"), sentences.size(), tokens);
    return new ArticleResult(info, article.text(), entities, dates, quotes, relations);
  }

  private static void addMention(String text, int sentence, CoreMap m, List<EntityMention> entities, List<Timex> dates) {
    String written = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    CharSpan span = span(m);
    if (written == null) {
      return;
    }
    NerTag tag = NerTag.of(written);
    edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null) {
      TimexType type = CoreNlpAnnotator.timexType(timex, tag.timexType().orElse(TimexType.DATE));
      dates.add(new Timex(span, span.of(text), type, timex.value() == null ? "" : timex.value(), sentence));
      return;
    }
    Optional<LocationSubtype> subtype = tag.placeSubtype();
    EntityType type = switch (tag) {
      case LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE -> EntityType.LOCATION;
      case PERSON -> EntityType.PERSON;
      case ORGANIZATION -> EntityType.ORGANIZATION;
      case NATIONALITY -> EntityType.NATIONALITY;
      case MISC -> EntityType.MISC;
      default -> null;
    };
    if (type != null) {
      entities.add(new EntityMention(span, span.of(text), type, subtype, sentence, span.of(text)));
    }
  }

  private static CharSpan span(CoreMap map) {
    return new CharSpan(map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
