package newsfacts.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import newsfacts.eval.Counts;
import newsfacts.eval.ErrorRow;
import newsfacts.eval.Scorer;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Timex;
import newsfacts.tables.CodePoints;

/**
 * Builds an article's page: its text with every entity, date, quote, speaker mention, relation
 * evidence and error as a mark, and the side lists. The model's offsets are Java String indices;
 * the page's data attributes and the errors carry code points, as the tables do.
 */
final class ArticlePages {
  /** errors.csv's order within one article: layer, offset, error, expected, got. */
  static final Comparator<ErrorRow> ERROR_ORDER = Comparator.comparing(ErrorRow::layer)
      .thenComparingInt(ErrorRow::start).thenComparing(ErrorRow::error).thenComparing(ErrorRow::expected)
      .thenComparing(ErrorRow::got);

  private ArticlePages() {}

  static ArticlePage build(ArticleResult result, Optional<Scorer.ArticleScore> score) {
    String text = result.text();
    CodePoints points = CodePoints.of(text);
    List<Mark> marks = new ArrayList<>();
    List<ArticlePage.QuoteItem> quotes = new ArrayList<>();
    List<ArticlePage.RelationItem> relations = new ArrayList<>();
    addEntities(result.entities(), points, marks);
    addDates(result.dates(), points, marks);
    addQuotes(result, points, marks, quotes);
    addRelations(result.relations(), points, marks, relations);
    Optional<ArticlePage.Review> review = score.map(s -> review(s, points, marks));
    List<ArticlePage.Count> counts = List.of(new ArticlePage.Count("entities", result.entities().size()),
        new ArticlePage.Count("dates", result.dates().size()), new ArticlePage.Count("quotes", result.quotes().size()),
        new ArticlePage.Count("relations", result.relations().size()));
    return new ArticlePage(result.document().docId(), result.document().title(), result.document().docDate().value(),
        MarkedText.of(text, marks), counts, quotes, relations, review);
  }

  private static Mark mark(CharSpan span, CodePoints points, Mark.Kind kind, String css, String id, String title,
      String label) {
    return new Mark(span.begin(), span.end(), points.toCodePoint(span.begin()), points.toCodePoint(span.end()), kind,
        css, id, title, label);
  }

  private static void addEntities(List<EntityMention> entities, CodePoints points, List<Mark> marks) {
    int n = 0;
    for (EntityMention e : entities) {
      String type = e.type().name() + e.subtype().map(s -> " (" + s.name() + ")").orElse("");
      marks.add(mark(e.span(), points, Mark.Kind.ENT, "t-" + e.type().name(), "e" + ++n,
          type + " · canonical: " + e.canonical(), null));
    }
  }

  private static void addDates(List<Timex> dates, CodePoints points, List<Mark> marks) {
    int n = 0;
    for (Timex t : dates) {
      marks.add(mark(t.span(), points, Mark.Kind.DATE, "d-" + t.type().name(), "t" + ++n,
          t.type().name() + " " + t.value(), t.value()));
    }
  }

  private static void addQuotes(ArticleResult result, CodePoints points, List<Mark> marks,
      List<ArticlePage.QuoteItem> items) {
    int n = 0;
    for (Quote q : result.quotes()) {
      String id = "q" + ++n;
      String speakerId = q.speakerMention().isPresent() ? id + "-speaker" : null;
      marks.add(mark(q.span(), points, Mark.Kind.QUOTE, "k-" + q.kind().label(), id,
          q.kind().label() + " quote · cue: " + q.cue() + " · speaker: " + q.speaker(), null));
      q.speakerMention().ifPresent(s -> marks.add(mark(s, points, Mark.Kind.SPK, null, speakerId,
          "speaker of " + id + ": " + q.speaker(), id)));
      items.add(new ArticlePage.QuoteItem(id, q.kind().label(), q.cue(), q.text(), q.speakerText(), speakerId,
          q.speaker()));
    }
  }

  private static void addRelations(List<Relation> relations, CodePoints points, List<Mark> marks,
      List<ArticlePage.RelationItem> items) {
    Map<CharSpan, String> evidence = new LinkedHashMap<>();
    for (Relation r : relations) {
      String id = null;
      if (r.evidence().length() > 0) {
        id = evidence.computeIfAbsent(r.evidence(), span -> {
          String newId = "ev" + (evidence.size() + 1);
          marks.add(mark(span, points, Mark.Kind.EVID, null, newId, "evidence of a relation", null));
          return newId;
        });
      }
      items.add(new ArticlePage.RelationItem(r.subject(), r.relation().writtenName(), r.object(), r.extractor(), id));
    }
  }

  private static ArticlePage.Review review(Scorer.ArticleScore score, CodePoints points, List<Mark> marks) {
    List<ErrorRow> ordered = new ArrayList<>(score.errors());
    ordered.sort(ERROR_ORDER);
    List<ArticlePage.ErrorItem> errors = new ArrayList<>();
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (ErrorRow e : ordered) {
      String id = null;
      if (e.start() >= 0 && e.end() >= e.start() && e.end() <= points.length()) {
        id = "x" + (errors.size() + 1);
        CharSpan span = new CharSpan(points.toCharIndex(e.start()), points.toCharIndex(e.end()));
        marks.add(new Mark(span.begin(), span.end(), e.start(), e.end(), Mark.Kind.ERR,
            "k-" + e.error() + " l-" + e.layer(), id, e.layer() + " " + e.error() + ": expected " + e.expected()
                + ", got " + e.got(), null));
      }
      errors.add(new ArticlePage.ErrorItem(id, e.layer(), e.error(), e.start() < 0 ? null : e.start(),
          e.end() < 0 ? null : e.end(), e.text(), e.expected(), e.got()));
      kinds.merge(e.error(), 1, Integer::sum);
    }
    List<ArticlePage.Figure> figures = new ArrayList<>();
    score.headline().forEach((layer, c) -> figures.add(figure(layer, c)));
    figures.sort(Comparator.comparing(f -> LAYER_ORDER.indexOf(f.layer())));
    List<ArticlePage.Count> kindCounts = new ArrayList<>();
    kinds.forEach((kind, count) -> kindCounts.add(new ArticlePage.Count(kind, count)));
    kindCounts.sort(Comparator.comparing(ArticlePage.Count::layer));
    return new ArticlePage.Review(figures, errors, kindCounts);
  }

  static final List<String> LAYER_ORDER = List.of("documents", "entities", "dates", "quotes", "relations");

  private static ArticlePage.Figure figure(String layer, Counts c) {
    return new ArticlePage.Figure(layer, Scorer.HEADLINE.getOrDefault(layer, ""), c.tp(), c.fp(), c.fn(),
        ratio(c.precision()), ratio(c.recall()), ratio(c.f1()));
  }

  static String ratio(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
  }
}
