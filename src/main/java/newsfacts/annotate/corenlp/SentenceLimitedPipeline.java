package newsfacts.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's pipeline with one step of ours between sentence splitting and the rest: a sentence
 * of more than {@link #MAX_SENTENCE_TOKENS} tokens is split into pieces of at most that many
 * before tagging, NER and parsing. A scraped page can hold a line of thousands of words with no
 * sentence punctuation (a tag cloud, a table flattened to text); annotated whole, such a line
 * costs time that grows faster than its length and can overflow the stack.
 *
 * <p>A piece ends after the last comma, semicolon, colon or dash in the second half of its
 * window, else at the limit. Offsets are unchanged; only sentence boundaries move.
 */
final class SentenceLimitedPipeline {
  /** The longest sentence annotated as one; news sentences are far shorter (50 tokens is long). */
  static final int MAX_SENTENCE_TOKENS = 250;
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

  private final StanfordCoreNLP split;
  private final StanfordCoreNLP rest;
  /** How many annotators were loaded in parallel before the pipeline was built. */
  private final int loadedCount;

  /**
   * @param before per annotator name, what must be done before that annotator's models load (the
   *     NER annotator waits for the gazetteer files it reads); run in the loading thread
   */
  SentenceLimitedPipeline(Properties properties, boolean loadInParallel, Map<String, Runnable> before) {
    List<String> annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
        .map(String::strip).filter(a -> !a.isEmpty()).toList();
    int cut = Math.max(annotators.indexOf("tokenize"), annotators.indexOf("ssplit")) + 1;
    this.split = new StanfordCoreNLP(withAnnotators(properties, annotators.subList(0, cut)));
    if (cut < annotators.size()) {
      List<String> later = annotators.subList(cut, annotators.size());
      // Held (not only softly cached by CoreNLP) until the pipeline below has taken them.
      List<edu.stanford.nlp.pipeline.Annotator> loaded =
          loadInParallel ? ParallelModelLoading.load(later, split.getProperties(), before) : List.of();
      before.values().forEach(Runnable::run); // done already for the annotators loaded in parallel
      this.rest = new StanfordCoreNLP(withAnnotators(properties, later), false);
      this.loadedCount = loaded.size();
    } else {
      this.rest = null;
      this.loadedCount = 0;
    }
  }

  /** How many annotators were loaded in parallel (0 when not asked, or CoreNLP's cache did not have them). */
  int annotatorsLoadedInParallel() {
    return loadedCount;
  }

  private static Properties withAnnotators(Properties properties, List<String> annotators) {
    Properties copy = new Properties();
    copy.putAll(properties);
    copy.setProperty("annotators", String.join(",", annotators));
    return copy;
  }

  void annotate(Annotation document) {
    split.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      document.set(CoreAnnotations.SentencesAnnotation.class, limit(document, sentences, MAX_SENTENCE_TOKENS));
    }
    if (rest != null) {
      rest.annotate(document);
    }
  }

  String timingInformation() {
    return split.timingInformation() + "\n" + (rest == null ? "" : rest.timingInformation());
  }

  /** The sentences, each longer than {@code max} tokens split into pieces; renumbered. */
  static List<CoreMap> limit(Annotation document, List<CoreMap> sentences, int max) {
    if (sentences.stream().allMatch(s -> tokens(s).size() <= max)) {
      return sentences;
    }
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int tokenOffset = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = tokens(sentence);
      if (tokens.size() <= max) {
        renumber(sentence, tokens, out.size(), tokenOffset);
        out.add(sentence);
        tokenOffset += tokens.size();
        continue;
      }
      int from = 0;
      do {
        int to = from + pieceLength(tokens.subList(from, tokens.size()), max);
        List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
        out.add(sentence(text, piece, out.size(), tokenOffset));
        tokenOffset += piece.size();
        from = to;
      } while (from < tokens.size());
    }
    return out;
  }

  private static int pieceLength(List<CoreLabel> tokens, int max) {
    if (tokens.size() <= max) {
      return tokens.size();
    }
    for (int n = max; n > max / 2; n--) {
      if (BREAKS.contains(tokens.get(n - 1).word())) {
        return n;
      }
    }
    return max;
  }

  /** A sentence as CoreNLP's splitter builds it: offsets, tokens, token range, 1-based token indices. */
  private static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int tokenOffset) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    renumber(sentence, tokens, index, tokenOffset);
    return sentence;
  }

  private static void renumber(CoreMap sentence, List<CoreLabel> tokens, int index, int tokenOffset) {
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? List.of() : tokens;
  }
}
