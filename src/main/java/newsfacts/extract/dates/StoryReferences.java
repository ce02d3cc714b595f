package newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A unit pointed back to with a determiner, which the annotator misses: "that year", "later that
 * year", "earlier that day", "that quarter" (the determiner of story-offsets.txt worth 0, then a
 * singular unit of duration-units.txt, after an optional "earlier" or "later"). They are added as
 * dates with no value, replacing the unit alone if the annotator tagged it ("year"); {@link StoryTime}
 * gives them the story's own day, year or quarter. "that" as a conjunction ("said that day-care
 * costs") is tagged IN, not DT or WDT, and is left alone.
 */
final class StoryReferences {
  private final DateWords words;

  StoryReferences(DateWords words) {
    this.words = words;
  }

  List<Timex> add(AnnotatedArticle doc, List<Timex> timexes) {
    List<Timex> all = new ArrayList<>(timexes);
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!pointsBack(tokens.get(i)) || !isUnit(tokens.get(i + 1))) {
          continue;
        }
        int begin = i > 0 && isShift(tokens.get(i - 1)) ? i - 1 : i;
        CharSpan span = new CharSpan(tokens.get(begin).span().begin(), tokens.get(i + 1).span().end());
        if (TimexLists.fitsAmong(all, span)) {
          TimexLists.putOver(all, new Timex(span, span.of(doc.text()), TimexType.DATE, "", sentence.index()));
        }
      }
    }
    all.sort(Comparator.comparingInt(t -> t.span().begin()));
    return all;
  }

  private boolean pointsBack(Token token) {
    return token.pos().matches("DT|WDT") && "0".equals(words.storyOffsets().get(token.word().toLowerCase(Locale.ROOT)));
  }

  /** "year", "day", "quarter": a calendar unit in the singular (a one-letter code, not "decade" 10Y or "hour" TH). */
  private boolean isUnit(Token token) {
    String code = words.durationUnits().get(token.word().toLowerCase(Locale.ROOT));
    return code != null && code.matches("[A-Z]");
  }

  /** "earlier", "later" before the determiner: a shift of the story's time the phrase keeps. */
  private boolean isShift(Token token) {
    String offset = words.storyOffsets().get(token.word().toLowerCase(Locale.ROOT));
    return offset != null && !offset.equals("0") && token.pos().startsWith("RB");
  }
}
