package newsfacts.formats.brat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.Quote;
import newsfacts.model.Relation;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.tables.ArticleRows;

/** One article's annotations as a brat .ann file (see {@link BratScheme} for the mapping). */
final class BratAnnotations {
  private final ArticleResult result;
  private final AnnWriter ann;
  private final Map<EntityMention, String> entityIds = new HashMap<>();
  private final Map<Timex, String> dateIds = new HashMap<>();

  private BratAnnotations(ArticleResult result) {
    this.result = result;
    this.ann = new AnnWriter(result.text());
  }

  static String of(ArticleResult result) {
    BratAnnotations a = new BratAnnotations(result);
    a.entities();
    a.dates();
    a.quotes();
    a.relations();
    return a.ann.toString();
  }

  private void entities() {
    for (EntityMention e : result.entities()) {
      String id = ann.textBound(e.type().name(), e.span());
      entityIds.put(e, id);
      e.subtype().ifPresent(s -> ann.attribute(BratScheme.SUBTYPE, id, s.name()));
      if (!e.canonical().equals(e.text())) {
        ann.note(id, "canonical", e.canonical());
      }
    }
  }

  private void dates() {
    for (Timex t : result.dates()) {
      String id = ann.textBound(t.type().name(), t.span());
      dateIds.put(t, id);
      if (!t.value().isEmpty()) {
        ann.note(id, "value", t.value());
      }
    }
  }

  private void quotes() {
    for (Quote q : result.quotes()) {
      String id = ann.textBound(BratScheme.QUOTE, q.span());
      ann.attribute(BratScheme.KIND, id, q.kind().label());
      if (q.speakerMention().isPresent()) {
        CharSpan mention = q.speakerMention().get();
        ann.relation(BratScheme.HAS_SOURCE, id, ann.sharedTextBound(BratScheme.SOURCE, mention));
        if (!mention.of(result.text()).equals(q.speakerText())) {
          ann.note(id, "speaker_text", q.speakerText());
        }
      } else if (!q.speakerText().isEmpty()) {
        ann.note(id, "speaker_text", q.speakerText());
      }
      if (!q.speaker().isEmpty()) {
        ann.note(id, "speaker", q.speaker());
      }
      Optional<CharSpan> cue = CueSpans.find(result.text(), q, sentenceOf(q.span()));
      if (cue.isPresent()) {
        ann.relation(BratScheme.HAS_CUE, id, ann.sharedTextBound(BratScheme.CUE, cue.get()));
      } else if (!q.cue().isEmpty()) {
        ann.note(id, "cue", q.cue());
      }
    }
  }

  private void relations() {
    for (Relation r : ArticleRows.sortedRelations(result)) {
      String subject = argument(r.subject(), r.evidence());
      String object = argument(r.object(), r.evidence());
      String id = ann.nextRelation();
      ann.relation(BratScheme.relationType(r.relation()), subject, object);
      ann.note(id, "evidence", ann.codePointSpan(r.evidence()));
    }
  }

  /**
   * The annotation a relation argument (a canonical name or a date value) is read back from: an
   * entity with that canonical name (in the evidence sentence, else the nearest), a date with
   * that value in the sentence, else an Argument over the name where it is written (in the
   * sentence, else anywhere), else an Argument over the sentence's start carrying the name.
   */
  private String argument(String name, CharSpan evidence) {
    Comparator<CharSpan> nearest = Comparator.comparingInt(s -> evidence.contains(s) ? -1 : distance(s, evidence));
    Optional<EntityMention> entity = result.entities().stream().filter(e -> e.canonical().equals(name))
        .min(Comparator.comparing(EntityMention::span, nearest));
    if (entity.isPresent() && evidence.contains(entity.get().span())) {
      return entityIds.get(entity.get());
    }
    Optional<Timex> date = result.dates().stream()
        .filter(t -> t.value().equals(name) && evidence.contains(t.span())).findFirst();
    if (date.isPresent()) {
      return dateIds.get(date.get());
    }
    if (entity.isPresent()) {
      return entityIds.get(entity.get());
    }
    String text = result.text();
    int at = name.isEmpty() ? -1 : text.indexOf(name, evidence.begin());
    if (at < 0 || at + name.length() > evidence.end()) {
      at = name.isEmpty() ? -1 : text.indexOf(name);
    }
    if (at >= 0) {
      return ann.sharedTextBound(BratScheme.ARGUMENT, new CharSpan(at, at + name.length()));
    }
    int end = evidence.begin();
    while (end < evidence.end() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String id = ann.textBound(BratScheme.ARGUMENT, new CharSpan(evidence.begin(), Math.max(end, evidence.begin() + 1)));
    ann.note(id, "canonical", name);
    return id;
  }

  private static int distance(CharSpan a, CharSpan b) {
    return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
  }

  private CharSpan sentenceOf(CharSpan span) {
    for (Sentence s : result.sentences()) {
      if (s.span().overlaps(span) || s.span().contains(span)) {
        return s.span();
      }
    }
    return new CharSpan(0, result.text().length());
  }
}
