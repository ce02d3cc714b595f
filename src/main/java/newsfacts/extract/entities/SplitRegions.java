package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import newsfacts.extract.EntityWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.NerMention;
import newsfacts.model.NerTag;

/**
 * Region names the tagger splits or mistypes: "North Freedonia" as North/LOCATION +
 * Freedonia/CITY, "Asia" as a city, a direction word left untagged before a region name. They
 * come out as one LOCATION mention.
 */
final class SplitRegions {
  private final Set<String> directionWords;
  private final Set<String> regionNames;

  SplitRegions(EntityWords words) {
    this.directionWords = words.directionWords();
    this.regionNames = words.regionNames();
  }

  /** A capitalised direction word directly before a place is joined to it as one LOCATION. */
  List<NerMention> merge(AnnotatedArticle doc) {
    List<NerMention> merged = new ArrayList<>();
    String text = doc.text();
    for (NerMention m : inTextOrder(doc.nerMentions())) {
      if (!merged.isEmpty()) {
        NerMention previous = merged.get(merged.size() - 1);
        boolean adjacent =
            previous.sentence() == m.sentence()
                && text.substring(previous.span().end(), m.span().begin()).equals(" ");
        if (adjacent && directionWords.contains(previous.text()) && m.tag().isPlace()) {
          CharSpan span = new CharSpan(previous.span().begin(), m.span().end());
          merged.set(merged.size() - 1, m.withSpan(span, span.of(text)).withTag(NerTag.LOCATION));
          continue;
        }
      }
      merged.add(regionAsLocation(withDirectionWord(text, m)));
    }
    return merged;
  }

  /** "Southern Asia" where the tagger left "Southern" untagged. */
  private NerMention withDirectionWord(String text, NerMention m) {
    if (!m.tag().isPlace() || !regionNames.contains(m.text())) {
      return m;
    }
    for (String word : directionWords) {
      int begin = m.span().begin() - word.length() - 1;
      if (begin >= 0 && text.startsWith(word + " ", begin)
          && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))) {
        CharSpan span = new CharSpan(begin, m.span().end());
        return m.withSpan(span, span.of(text)).withTag(NerTag.LOCATION);
      }
    }
    return m;
  }

  private NerMention regionAsLocation(NerMention m) {
    if (m.tag().isPlace() && regionNames.contains(m.text())) {
      return m.withTag(NerTag.LOCATION);
    }
    return m;
  }

  /**
   * The tagger's mentions sorted by position, without overlaps: of mentions that overlap, the one
   * that starts first (the longer one when they start together) is kept. CoreNLP's mentions are
   * already ordered and disjoint; another tagger's need not be.
   */
  private static List<NerMention> inTextOrder(List<NerMention> mentions) {
    List<NerMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((NerMention m) -> m.span().begin()).thenComparing(m -> -m.span().end()));
    List<NerMention> kept = new ArrayList<>(sorted.size());
    for (NerMention m : sorted) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).span().end() <= m.span().begin()) {
        kept.add(m);
      }
    }
    return kept;
  }
}
