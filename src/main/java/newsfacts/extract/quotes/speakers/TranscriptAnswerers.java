package newsfacts.extract.quotes.speakers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * The answer lines of a press-conference or interview transcript ("Q: ... / A: We welcome the
 * decision."): a one-letter label is never a speaker's name. The answers are the words of the person
 * the transcript names before its first labelled line (the title "Minister Ana Ruiz's Press
 * Briefing", an intro line "Ana Ruiz answered questions", the interviewee in the standfirst): the one
 * person named there, or of several the one named as the owner of the title or as the subject of
 * "answer"/"take"/"field" (questions), else the one person named in the title line ("Q&amp;A with Ana
 * Ruiz"). The question label ("Q") is the unnamed questioner. When no
 * one is named, the label keeps its own words ("A").
 */
final class TranscriptAnswerers {
  /** A one-letter line label with its colon ("A :", "A:"). */
  private static final Pattern LETTER_LABEL = Pattern.compile("\\p{Lu}\\s*:?");
  /** A paragraph opening with a one-letter label and a colon. */
  private static final Pattern LABELLED_LINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}\\s?:");
  /** The label of the questions. */
  private static final String QUESTION = "q";
  /** Verbs whose subject is the one who answers ("X answered questions", "X took questions"). */
  private static final Set<String> ANSWERING = Set.of("answer", "take", "field");

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;

  TranscriptAnswerers(AnnotatedArticle doc, List<EntityMention> entities) {
    this.doc = doc;
    this.entities = entities;
  }

  /** Whether the mention is a one-letter label opening its paragraph before a colon ("A: We welcome ..."). */
  boolean isLetterLabel(CharSpan mention) {
    String text = doc.text();
    if (!LETTER_LABEL.matcher(mention.of(text).strip()).matches()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', mention.begin() - 1) + 1;
    String after = text.substring(mention.end()).stripLeading();
    return text.substring(lineStart, mention.begin()).isBlank() && after.startsWith(":");
  }

  /** The speaker of a line labelled {@code mention} (a one-letter label): the answerer, else the letter. */
  String of(String mention) {
    String letter = mention.strip().substring(0, 1);
    if (letter.toLowerCase(Locale.ROOT).equals(QUESTION)) {
      return letter;
    }
    var first = LABELLED_LINE.matcher(doc.text());
    if (!first.find()) {
      return letter;
    }
    int preamble = first.start();
    int title = doc.text().strip().isEmpty() ? 0 : doc.text().indexOf('\n', doc.text().indexOf(doc.text().strip()));
    Set<String> named = new LinkedHashSet<>();
    Set<String> answering = new LinkedHashSet<>();
    Set<String> titled = new LinkedHashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().end() <= preamble) {
        named.add(e.canonical());
        if (answers(e)) {
          answering.add(e.canonical());
        }
        if (title < 0 || e.span().end() <= title) {
          titled.add(e.canonical());
        }
      }
    }
    if (named.size() == 1) {
      return named.iterator().next();
    }
    if (answering.size() == 1) {
      return answering.iterator().next();
    }
    return titled.size() == 1 ? titled.iterator().next() : letter;
  }

  /** Whether the name owns the title ("Ana Ruiz's Press Briefing") or answers ("Ana Ruiz answered questions"). */
  private boolean answers(EntityMention e) {
    if (e.sentence() < 0 || e.sentence() >= doc.sentences().size()) {
      return false;
    }
    Sentence s = doc.sentences().get(e.sentence());
    Token last = null;
    for (Token t : s.tokens()) {
      if (e.span().contains(t.span())) {
        last = t;
      }
    }
    if (last == null) {
      return false;
    }
    ParsedSentence p = new ParsedSentence(s);
    int i = last.index();
    int head = p.head(i);
    boolean owner = i + 1 < p.size() && p.token(i + 1).pos().equals("POS");
    boolean subject = p.relation(i).startsWith("nsubj") && head >= 0
        && ANSWERING.contains(p.token(head).lemma().toLowerCase(Locale.ROOT));
    return owner || subject;
  }
}
