package newsfacts.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.config.Settings;
import newsfacts.extract.Extractor;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.extract.Document;
import newsfacts.extract.Lexicon;
import newsfacts.extract.Steps;
import newsfacts.model.DocDate;
import newsfacts.model.EntityMention;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Integration test (loads CoreNLP once, about 20 s): a byte order mark, CRLF line ends and odd
 * characters leave every offset indexing the raw text, and move each mention by exactly the
 * characters added before it.
 */
class CoreNlpOffsetsIT {
  private static final String LF =
      "SCO summit opens in Astana\n\nASTANA, June 5, 2012 (Xinhua) -- Barack Obama met Angela Merkel in Paris"
          + " on Wednesday, Reuters said.\nChina Daily reported it.\n";
  private static final DocDate DATE = new DocDate("2012-06-05", "test");
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(Settings.defaultCoreNlpProperties());
  }

  /** Not about offsets, but this class holds a pipeline: CoreNLP's cache had every annotator after the splitter. */
  @Test
  void theModelsOfPosLemmaNerAndDepparseLoadedInParallel() {
    assertEquals(4, annotator.annotatorsLoadedInParallel());
  }

  private static Document annotate(String text) {
    AnnotatedArticle annotated = annotator.annotate(new Article("x", Path.of("x.txt"), text, DATE));
    assertOffsetsIndexTheText(annotated);
    return new Extractor(Steps.standard(Lexicon.load())).extract(annotated);
  }

  private static void assertOffsetsIndexTheText(AnnotatedArticle a) {
    String text = a.text();
    for (Sentence s : a.sentences()) {
      assertTrue(s.span().end() <= text.length());
      for (Token t : s.tokens()) {
        String raw = t.span().of(text);
        assertFalse(raw.isBlank() || raw.startsWith("\uFEFF") || raw.startsWith("\r"), "token '" + raw + "'");
      }
    }
  }

  /** A mention as "text/type@begin..end" with offsets mapped back by {@code shift}. */
  private static List<String> entities(Document r, String text, java.util.function.IntUnaryOperator shift) {
    List<String> out = new ArrayList<>();
    for (EntityMention e : r.entities()) {
      assertEquals(e.span().of(text), e.text());
      out.add(e.text() + "/" + e.type() + "@" + shift.applyAsInt(e.span().begin()) + ".."
          + shift.applyAsInt(e.span().end()));
    }
    for (Timex t : r.dates()) {
      assertEquals(t.span().of(text), t.text());
      out.add(t.text() + "/" + t.type() + "=" + t.value() + "@" + shift.applyAsInt(t.span().begin()) + ".."
          + shift.applyAsInt(t.span().end()));
    }
    return out;
  }

  /** Maps an offset in {@code text} to the LF text: drops the BOM and every CR before it. */
  private static java.util.function.IntUnaryOperator back(String text) {
    return offset -> {
      int removed = 0;
      for (int i = 0; i < offset; i++) {
        char c = text.charAt(i);
        removed += c == '\r' || c == '\uFEFF' ? 1 : 0;
      }
      return offset - removed;
    };
  }

  @Test
  void byteOrderMarkAndCrlfMoveMentionsByExactlyTheAddedCharacters() {
    List<String> expected = entities(annotate(LF), LF, o -> o);
    assertTrue(expected.contains("Barack Obama/PERSON@61..73"), expected.toString());
    assertTrue(expected.contains("June 5, 2012/DATE=2012-06-05@36..48"), expected.toString());
    String crlf = LF.replace("\n", "\r\n");
    String bom = "\uFEFF" + crlf;
    assertEquals(expected, entities(annotate(crlf), crlf, back(crlf)));
    List<String> withBom = entities(annotate(bom), bom, o -> o);
    assertTrue(withBom.contains("Barack Obama/PERSON@64..76"), withBom.toString());
    assertEquals(expected, entities(annotate(bom), bom, back(bom)));
  }

  @Test
  void oddCharactersKeepOffsetsOnTheRawText() {
    String odd = "\uFEFFSCO\u00A0summit\u200B opens in Ast\u00ADana \uD83D\uDE00\r\n"
        + "Barack Obama met Angela Merkel in Paris\u2028on Wednesday.\u0085Reuters said so.\n";
    List<String> found = entities(annotate(odd), odd, o -> o);
    assertEquals(34, odd.indexOf("Barack Obama"));
    assertEquals(List.of("SCO/ORGANIZATION@1..4", "Ast\u00ADana/LOCATION@22..29", "Barack Obama/PERSON@34..46",
        "Angela Merkel/PERSON@51..64", "Paris/LOCATION@68..73", "Reuters/ORGANIZATION@88..95"),
        found.subList(0, 6));
  }

  @Test
  void aLongLineWithoutSentencePunctuationIsCutAndAnnotatedOnAWorkerStack() throws Exception {
    // 30 KB of invented words and names with no period: one "sentence" of about 4,500 tokens.
    String[] words = "the council said river Harbour Board bridge market opened on Monday and".split(" ");
    StringBuilder line = new StringBuilder("Long Line Title\n\n");
    for (int i = 0; line.length() < 30_000; i++) {
      line.append(words[(i * 7 + i / 13) % words.length]).append(' ');
    }
    String text = line.append('\n').toString();
    AnnotatedArticle[] result = new AnnotatedArticle[1];
    // A thread with the default stack size, as the run's workers have.
    Thread worker = new Thread(() -> result[0] = annotator.annotate(new Article("long", Path.of("long.txt"), text, DATE)));
    worker.start();
    worker.join();
    AnnotatedArticle a = result[0];
    assertTrue(a != null, "annotated without an error");
    assertOffsetsIndexTheText(a);
    int tokens = a.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    assertTrue(tokens > 4_000, "tokens: " + tokens);
    assertTrue(a.sentences().stream().allMatch(s -> s.tokens().size() <= SentenceLimitedPipeline.MAX_SENTENCE_TOKENS));
    assertTrue(a.sentences().size() >= tokens / SentenceLimitedPipeline.MAX_SENTENCE_TOKENS, "cut into pieces");
    new Extractor(Steps.standard(Lexicon.load())).extract(a);
  }
}
