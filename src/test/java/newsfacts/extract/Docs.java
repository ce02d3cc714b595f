package newsfacts.extract;

import newsfacts.model.TimexType;
import newsfacts.model.NerTag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;
import newsfacts.model.DocDate;
import newsfacts.model.Dependency;
import newsfacts.model.NerMention;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/**
 * Annotated articles written by hand, for unit tests of the extraction steps: what the annotator
 * would have produced, without loading a model. Sentences are invented.
 *
 * <p>A sentence is a line of tokens {@code word/POS[=lemma][@NER]} separated by spaces:
 * {@code "Officials/NNS=official said/VBD=say the/DT bridge/NN will/MD reopen/VB=reopen ./."}.
 * The lemma defaults to the word (lower-cased unless the tag is NNP or NNPS) and the NER tag to
 * "O". The text puts one space between tokens except before closing punctuation ({@code , . ; :
 * ) 's} and a closing quotation mark, tagged {@code ''}) and after opening punctuation ({@code (}
 * and an opening quotation mark, tagged {@code ``}). Runs of tokens with the same NER tag become
 * the tagger's mentions, as CoreNLP's entity mentions do. Dependencies are basic UD edges in
 * CoreNLP's notation with 1-based indices, {@code "nsubj(said-2, Officials-1)"}, {@code
 * "root(ROOT-0, said-2)"}; the words are checked against the tokens.
 */
public final class Docs {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "%", "'s", "n't");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "$");
  private static final Pattern EDGE = Pattern.compile("([\\w:]+)\\((.+?)-(\\d+), (.+?)-(\\d+)\\)");
  private static Lexicon lexicon;

  private Docs() {}

  /** The real word lists (resource files and a data file of the models jar; no model is loaded). */
  public static synchronized Lexicon lexicon() {
    if (lexicon == null) {
      lexicon = Lexicon.load();
    }
    return lexicon;
  }

  /** An article published on {@code docDate} (YYYY-MM-DD, YYYY-MM, YYYY or "" for unknown). */
  public static Builder article(String docDate) {
    return new Builder(docDate);
  }

  /** Builds the text sentence by sentence, with the annotations at the offsets they get. */
  public static final class Builder {
    private final String docDate;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<NerMention> mentions = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<CorefChain> chains = new ArrayList<>();
    private String separator = "";
    private int timexFrom;

    private Builder(String docDate) {
      this.docDate = docDate;
    }

    /** The next sentence starts a new paragraph (after a blank line) instead of the same line. */
    public Builder paragraph() {
      if (!sentences.isEmpty()) {
        separator = "\n\n";
      }
      return this;
    }

    public Builder sentence(String tokens, String... dependencies) {
      text.append(separator);
      separator = " ";
      int index = sentences.size();
      List<Token> parsed = new ArrayList<>();
      boolean glueNext = true;
      for (String spec : tokens.strip().split(" +")) {
        int slash = spec.lastIndexOf('/');
        if (slash <= 0) {
          throw new IllegalArgumentException("token without a tag: '" + spec + "' in " + tokens);
        }
        String word = spec.substring(0, slash);
        String tags = spec.substring(slash + 1);
        String ner = "O";
        int at = tags.indexOf('@');
        if (at >= 0) {
          ner = tags.substring(at + 1);
          tags = tags.substring(0, at);
        }
        String pos = tags;
        String lemma = pos.startsWith("NNP") ? word : word.toLowerCase(Locale.ROOT);
        int eq = tags.indexOf('=');
        if (eq >= 0) {
          pos = tags.substring(0, eq);
          lemma = tags.substring(eq + 1);
        }
        boolean glued = glueNext || NO_SPACE_BEFORE.contains(word) || pos.equals("''") || pos.equals("POS");
        if (!glued) {
          text.append(' ');
        }
        glueNext = NO_SPACE_AFTER.contains(word) || pos.equals("``");
        CharSpan span = new CharSpan(text.length(), text.length() + word.length());
        text.append(word);
        parsed.add(new Token(parsed.size(), span, word, lemma, pos, NerTag.of(ner)));
      }
      CharSpan span = new CharSpan(parsed.get(0).span().begin(), parsed.get(parsed.size() - 1).span().end());
      sentences.add(new Sentence(index, span, parsed, edges(parsed, dependencies)));
      addMentions(parsed, index);
      timexFrom = span.begin();
      return this;
    }

    /** A time expression the annotator found in the last sentence: the next occurrence of {@code words}. */
    /** Lets the next time expression start inside the last one, as overlapping annotations do. */
    public Builder overlapping() {
      timexFrom = sentences.get(sentences.size() - 1).span().begin();
      return this;
    }

    public Builder timex(String words, String type, String value) {
      TimexType timexType = TimexType.valueOf(type);
      Sentence last = sentences.get(sentences.size() - 1);
      int begin = text.indexOf(words, timexFrom);
      if (begin < 0 || begin + words.length() > last.span().end()) {
        throw new IllegalArgumentException("'" + words + "' is not in the last sentence");
      }
      CharSpan span = new CharSpan(begin, begin + words.length());
      timexes.add(new Timex(span, words, timexType, value, last.index()));
      timexFrom = span.end();
      return this;
    }

    /**
     * A coreference chain over the text built so far: each phrase is its next occurrence after the
     * one before, and the first is the representative ("Ana Ruiz", "She", "she").
     */
    public Builder chain(String... phrases) {
      List<CharSpan> spans = new ArrayList<>();
      int from = 0;
      for (String phrase : phrases) {
        int begin = text.indexOf(phrase, from);
        if (begin < 0) {
          throw new IllegalArgumentException("'" + phrase + "' is not in the text after offset " + from);
        }
        spans.add(new CharSpan(begin, begin + phrase.length()));
        from = begin + phrase.length();
      }
      chains.add(new CorefChain(spans.get(0), spans));
      return this;
    }

    public AnnotatedArticle build() {
      DocDate date = docDate.isEmpty() ? DocDate.unknown("test") : new DocDate(docDate, "test");
      Article article = new Article("test", Path.of("test.txt"), text.toString(), date);
      return new AnnotatedArticle(article, sentences, mentions, timexes, chains);
    }

    /** The built article as a document no step has touched yet. */
    public Document document() {
      return Document.of(build());
    }

    private void addMentions(List<Token> tokens, int sentence) {
      int i = 0;
      while (i < tokens.size()) {
        NerTag tag = tokens.get(i).ner();
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) {
          j++;
        }
        if (tag != NerTag.O) {
          CharSpan span = new CharSpan(tokens.get(i).span().begin(), tokens.get(j).span().end());
          mentions.add(new NerMention(span, span.of(text.toString()), tag, sentence));
        }
        i = j + 1;
      }
    }

    private static List<Dependency> edges(List<Token> tokens, String... dependencies) {
      List<Dependency> edges = new ArrayList<>();
      for (String spec : dependencies) {
        Matcher m = EDGE.matcher(spec);
        int end = 0;
        while (m.find()) {
          if (!spec.substring(end, m.start()).isBlank()) {
            throw new IllegalArgumentException("cannot read '" + spec.substring(end, m.start()) + "' in " + spec);
          }
          int governor = Integer.parseInt(m.group(3)) - 1;
          int dependent = Integer.parseInt(m.group(5)) - 1;
          check(tokens, governor, m.group(2), spec);
          check(tokens, dependent, m.group(4), spec);
          edges.add(new Dependency(governor, dependent, m.group(1)));
          end = m.end();
        }
        if (!spec.substring(end).isBlank()) {
          throw new IllegalArgumentException("cannot read '" + spec.substring(end) + "' in " + spec);
        }
      }
      return edges;
    }

    private static void check(List<Token> tokens, int index, String word, String spec) {
      boolean root = index == -1 && word.equals("ROOT");
      if (!root && (index < 0 || index >= tokens.size() || !tokens.get(index).word().equals(word))) {
        throw new IllegalArgumentException("no token '" + word + "' at " + (index + 1) + " in " + spec);
      }
    }
  }
}
