package newsfacts.report;

import java.util.List;
import java.util.Optional;

/** What an article page shows; built by {@link ArticlePages}, rendered by the article template. */
public record ArticlePage(
    String docId,
    String title,
    String docDate,
    List<MarkedText.Node> text,
    List<Count> counts,
    List<QuoteItem> quotes,
    List<RelationItem> relations,
    Optional<Review> review) {

  /** How many items a layer has on this page. */
  public record Count(String layer, int items) {}

  /** A quote in the side list: links to the quote and to its speaker mention (null when none is stated). */
  public record QuoteItem(String id, String kind, String cue, String text, String speakerText, String speakerId,
      String speaker) {}

  /** A relation in the side list; {@code evidenceId} is the id of its evidence sentence's mark, or null. */
  public record RelationItem(String subject, String relation, String object, String extractor, String evidenceId) {}

  /** The article against its gold: headline figures per layer and every error, as errors.csv lists them. */
  public record Review(List<Figure> figures, List<ErrorItem> errors, List<Count> kinds) {}

  /** A layer's headline metric for this article; ratios as text, "–" when undefined. */
  public record Figure(String layer, String metric, int tp, int fp, int fn, String precision, String recall,
      String f1) {}

  /**
   * One error: {@code start}/{@code end} are code point offsets as in errors.csv (null when the error
   * has none, as relations' do); {@code markId} is the id of its mark in the text, or null.
   */
  public record ErrorItem(String markId, String layer, String kind, Integer start, Integer end, String text,
      String expected, String got) {}
}
