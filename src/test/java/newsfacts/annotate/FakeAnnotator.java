package newsfacts.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.NerMention;
import newsfacts.model.NerTag;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A model-free annotator for tests: one sentence per non-blank line, tokens at runs of
 * non-space characters, a run of capitalised tokens is an ORGANIZATION, a four-digit year a
 * DATE. An article containing "CRASH" throws at annotation.
 */
public final class FakeAnnotator implements Annotator {
  private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
  private static final Pattern WORD = Pattern.compile("[^\\s\\uFEFF]+");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    if (text.contains("CRASH")) {
      throw new IllegalStateException("fake annotator failure");
    }
    List<Sentence> sentences = new ArrayList<>();
    List<NerMention> names = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      List<Token> tokens = tokens(text, line.start(), line.end());
      if (tokens.isEmpty()) {
        continue;
      }
      int index = sentences.size();
      CharSpan span = new CharSpan(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
      sentences.add(new Sentence(index, span, tokens, List.of()));
      addNames(text, tokens, index, names);
      Matcher year = YEAR.matcher(text).region(span.begin(), span.end());
      while (year.find()) {
        timexes.add(new Timex(new CharSpan(year.start(), year.end()), year.group(), TimexType.DATE, year.group(), index));
      }
    }
    return new AnnotatedArticle(article, sentences, names, timexes);
  }

  private static List<Token> tokens(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher word = WORD.matcher(text).region(from, to);
    while (word.find()) {
      String w = word.group();
      boolean name = Character.isUpperCase(w.codePointAt(0));
      tokens.add(new Token(tokens.size(), new CharSpan(word.start(), word.end()), w, w, name ? "NNP" : "NN",
          name ? NerTag.ORGANIZATION : NerTag.O));
    }
    return tokens;
  }

  private static void addNames(String text, List<Token> tokens, int sentence, List<NerMention> names) {
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).pos().equals("NNP")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("NNP")) {
        j++;
      }
      CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(j).span().end());
      names.add(new NerMention(span, span.of(text), NerTag.ORGANIZATION, sentence));
      i = j + 1;
    }
  }
}
