package newsfacts.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsfacts.model.ArticleResult;
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
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/** An invented article with every layer, an emoji before them all (code points differ from Java indices). */
public final class Fixtures {
  private Fixtures() {}

  public static final String TEXT = "😀 Ana Reyes of Veltron Labs said on July 13 that \"=1+1 is 0012\" in Orvik.\r\n"
      + "Veltron Labs was founded in 2001 by Ana Reyes, its chief scientist.\n";

  public static CharSpan span(String text, String part, int from) {
    int at = text.indexOf(part, from);
    if (at < 0) {
      throw new IllegalArgumentException(part);
    }
    return new CharSpan(at, at + part.length());
  }

  public static ArticleResult article(String id) {
    String t = TEXT;
    int second = t.indexOf("\r\n") + 2;
    CharSpan s1 = new CharSpan(0, second - 2);
    CharSpan s2 = new CharSpan(second, t.length() - 1);
    List<EntityMention> entities = List.of(
        new EntityMention(span(t, "Ana Reyes", 0), "Ana Reyes", EntityType.PERSON, Optional.empty(), 0, "Ana Reyes"),
        new EntityMention(span(t, "Veltron Labs", 0), "Veltron Labs", EntityType.ORGANIZATION, Optional.empty(), 0,
            "Veltron Labs Inc"),
        new EntityMention(span(t, "Orvik", 0), "Orvik", EntityType.LOCATION, Optional.of(LocationSubtype.CITY), 0,
            "Orvik"),
        new EntityMention(span(t, "Veltron Labs", second), "Veltron Labs", EntityType.ORGANIZATION, Optional.empty(), 1,
            "Veltron Labs Inc"),
        new EntityMention(span(t, "Ana Reyes", second), "Ana Reyes", EntityType.PERSON, Optional.empty(), 1,
            "Ana Reyes"));
    List<Timex> dates = List.of(
        new Timex(span(t, "July 13", 0), "July 13", TimexType.DATE, "2013-07-13", 0),
        new Timex(span(t, "2001", 0), "2001", TimexType.DATE, "2001", 1));
    List<Quote> quotes = List.of(new Quote(span(t, "\"=1+1 is 0012\"", 0), "\"=1+1 is 0012\"", QuoteKind.DIRECT,
        Optional.of(span(t, "Ana Reyes", 0)), "Ana Reyes", "Ana Reyes", "said", 0));
    List<Relation> relations = List.of(
        new Relation("Veltron Labs Inc", RelationSlot.ORG_DATE_FOUNDED, "2001", s2, "founding", 0.9),
        new Relation("Veltron Labs Inc", RelationSlot.ORG_FOUNDED_BY, "Ana Reyes", s2, "founding", 0.9),
        new Relation("Ana Reyes", RelationSlot.PER_TITLE, "chief scientist", s2, "titles", 0.8),
        new Relation("Ana Reyes", RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, "Veltron Labs Inc", s1, "roles", 0.75));
    DocumentInfo info = new DocumentInfo(id, id + ".txt", "headline", new DocDate("2013-07-14", "July 14, 2013"), 2, 0);
    return new ArticleResult(info, t, entities, dates, quotes, relations, List.of(sentence(t, 0, s1), sentence(t, 1, s2)));
  }

  /** A sentence whose tokens are its runs of letters, digits or other non-space characters. */
  static Sentence sentence(String text, int index, CharSpan span) {
    List<Token> tokens = new ArrayList<>();
    int i = span.begin();
    while (i < span.end()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean word = Character.isLetterOrDigit(text.charAt(i));
      while (i < span.end() && !Character.isWhitespace(text.charAt(i))
          && (word ? Character.isLetterOrDigit(text.charAt(i)) : !Character.isLetterOrDigit(text.charAt(i)))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String w = text.substring(start, i);
      tokens.add(new Token(tokens.size(), new CharSpan(start, i), w, w, word ? "NNP" : "SYM", NerTag.O));
    }
    return new Sentence(index, span, tokens, List.of());
  }
}
