package newsfacts.extract.entities;

import java.util.ArrayList;
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
    for (NerMention m : doc.nerMentions()) {
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
}
