package newsfacts.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over-long sentences are cut into pieces before tagging and parsing (no model is loaded here). */
class SentenceLimitTest {
  /** A document of one sentence per string, words separated by single spaces. */
  private static Annotation document(String... sentences) {
    String text = String.join("\n", sentences);
    Annotation doc = new Annotation(text);
    List<CoreMap> maps = new ArrayList<>();
    int offset = 0;
    for (String s : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      int at = offset;
      for (String word : s.split(" ")) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setBeginPosition(at);
        token.setEndPosition(at + word.length());
        tokens.add(token);
        at += word.length() + 1;
      }
      Annotation sentence = new Annotation(s);
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, offset);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, offset + s.length());
      maps.add(sentence);
      offset += s.length() + 1;
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
    return doc;
  }

  private static List<String> pieces(Annotation doc, int max) {
    List<String> texts = new ArrayList<>();
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    for (CoreMap s : SentenceLimitedPipeline.limit(doc, doc.get(CoreAnnotations.SentencesAnnotation.class), max)) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(1, tokens.get(0).index(), "token indices restart at 1");
      assertEquals(s.get(CoreAnnotations.SentenceIndexAnnotation.class), tokens.get(0).sentIndex());
      texts.add(text.substring(begin, end));
    }
    return texts;
  }

  @Test
  void sentencesWithinTheLimitAreKept() {
    Annotation doc = document("one two three", "four five");
    List<CoreMap> before = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(before, SentenceLimitedPipeline.limit(doc, before, 3));
  }

  @Test
  void aLongSentenceIsCutAfterAPunctuationTokenInTheSecondHalfOfTheWindow() {
    Annotation doc = document("a b c , d e f g h", "short one");
    assertEquals(List.of("a b c ,", "d e f g", "h", "short one"), pieces(doc, 4));
  }

  @Test
  void withoutPunctuationTheCutIsAtTheLimitAndIndicesFollowOn() {
    Annotation doc = document("x", "a b c d e f g");
    List<CoreMap> out = SentenceLimitedPipeline.limit(doc, doc.get(CoreAnnotations.SentencesAnnotation.class), 3);
    assertEquals(List.of(0, 1, 2, 3), out.stream().map(s -> s.get(CoreAnnotations.SentenceIndexAnnotation.class)).toList());
    assertEquals(List.of(0, 1, 4, 7), out.stream().map(s -> s.get(CoreAnnotations.TokenBeginAnnotation.class)).toList());
    assertEquals(List.of("x", "a b c", "d e f", "g"), pieces(doc, 3));
  }

  @Test
  void theDocumentedLimitHolds() {
    assertEquals(250, SentenceLimitedPipeline.MAX_SENTENCE_TOKENS);
  }
}
