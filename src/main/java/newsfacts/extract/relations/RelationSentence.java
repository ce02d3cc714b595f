package newsfacts.extract.relations;

import java.util.List;
import java.util.Map;
import newsfacts.extract.entities.DerivedDemonyms;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/** One sentence with its entities and dates, and helpers the relation rules share. */
public final class RelationSentence {
  final AnnotatedArticle doc;
  final Sentence sentence;
  final List<EntityMention> entities;
  final List<Timex> dates;
  final CharSpan evidence;
  /** Every entity of the article, for what a sentence refers to outside itself. */
  private final List<EntityMention> article;

  RelationSentence(AnnotatedArticle doc, Sentence sentence, List<EntityMention> all, List<Timex> allDates) {
    this(doc, sentence, all, allDates, List.of());
  }

  RelationSentence(AnnotatedArticle doc, Sentence sentence, List<EntityMention> all, List<Timex> allDates,
      List<EntityMention> article) {
    this.article = article;
    this.doc = doc;
    this.sentence = sentence;
    this.entities = all.stream().filter(e -> sentence.span().contains(e.span())).toList();
    this.dates = allDates.stream().filter(t -> sentence.span().contains(t.span())).toList();
    this.evidence = sentence.span();
  }

  /** Every entity of the article. */
  List<EntityMention> article() {
    return article;
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Index of the first token at or after the offset. */
  int tokenAt(int offset) {
    for (Token t : sentence.tokens()) {
      if (t.span().end() > offset) {
        return t.index();
      }
    }
    return sentence.tokens().size();
  }

  /** The entity that starts at this token, or null. */
  EntityMention entityStartingAt(int token) {
    if (token < 0 || token >= tokens().size()) {
      return null;
    }
    int begin = token(token).span().begin();
    return entities.stream().filter(e -> e.span().begin() == begin).findFirst().orElse(null);
  }

  /** The entity that ends with this token, or null. */
  EntityMention entityEndingAt(int token) {
    if (token < 0 || token >= tokens().size()) {
      return null;
    }
    int end = token(token).span().end();
    return entities.stream().filter(e -> e.span().end() == end).findFirst().orElse(null);
  }

  int firstToken(EntityMention e) {
    return tokenAt(e.span().begin());
  }

  int lastToken(EntityMention e) {
    return tokenAt(e.span().end() - 1);
  }

  /** The last organisation named in this sentence before the token, or null. */
  EntityMention organisationBefore(int token) {
    int offset = token(token).span().begin();
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANIZATION && e.span().end() <= offset) {
        best = e;
      }
    }
    return best;
  }

  /** The country of a nationality: from the country list, else a country of the article it derives from. */
  String countryOf(String nationality, Map<String, String> demonyms) {
    String known = demonyms.get(nationality);
    return known != null ? known : DerivedDemonyms.countryOf(nationality, article).orElse(null);
  }

  static boolean isCountryOrOrg(EntityMention e) {
    return e != null && (e.type() == EntityType.ORGANIZATION || e.hasSubtype(LocationSubtype.COUNTRY));
  }

  Relation relation(String subject, RelationSlot relation, String object, String extractor, double confidence) {
    return new Relation(subject, relation, object, evidence, extractor, confidence);
  }
}
