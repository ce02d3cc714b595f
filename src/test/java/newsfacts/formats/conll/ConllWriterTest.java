package newsfacts.formats.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.formats.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllWriterTest {
  @TempDir Path folder;

  @Test
  void oneTokenPerLineWithIob2TagsAndABlankLineAfterEachSentence() throws Exception {
    try (ConllWriter w = new ConllWriter(folder)) {
      w.add(Fixtures.article("a1"));
      w.add(Fixtures.article("a2"));
      w.commit(List.of());
    }
    List<String> lines = Files.readAllLines(folder.resolve(ConllWriter.FILE), StandardCharsets.UTF_8);
    assertEquals("-DOCSTART- -X- -X- O", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals("😀 SYM _ O", lines.get(2));
    assertEquals("Ana NNP _ B-PERSON", lines.get(3));
    assertEquals("Reyes NNP _ I-PERSON", lines.get(4));
    assertEquals("of NNP _ O", lines.get(5));
    assertEquals("Veltron NNP _ B-ORGANIZATION", lines.get(6));
    assertEquals("Labs NNP _ I-ORGANIZATION", lines.get(7));
    assertTrue(lines.contains("Orvik NNP _ B-LOCATION"));
    int firstBlank = lines.subList(2, lines.size()).indexOf("") + 2;
    assertEquals("Veltron NNP _ B-ORGANIZATION", lines.get(firstBlank + 1));
    assertEquals(2, lines.stream().filter(l -> l.startsWith("-DOCSTART-")).count());
    assertTrue(lines.stream().allMatch(l -> l.isEmpty() || l.split(" ").length == 4), "four fields a line");
  }

  @Test
  void adjacentEntitiesOfOneTypeStartAgain() {
    var a = Fixtures.article("a1");
    String text = "Ana Reyes Orvik Lund\n";
    var first = newsfacts.model.EntityMention.of(new newsfacts.model.CharSpan(0, 9), "Ana Reyes",
        newsfacts.model.EntityType.PERSON, 0);
    var second = newsfacts.model.EntityMention.of(new newsfacts.model.CharSpan(10, 20), "Orvik Lund",
        newsfacts.model.EntityType.PERSON, 0);
    var sentence = new newsfacts.model.Sentence(0, new newsfacts.model.CharSpan(0, 20), List.of(
        token(0, 0, 3, "Ana"), token(1, 4, 9, "Reyes"), token(2, 10, 15, "Orvik"), token(3, 16, 20, "Lund")), List.of());
    var result = new newsfacts.model.ArticleResult(a.document(), text, List.of(first, second), List.of(), List.of(),
        List.of(), List.of(sentence));
    assertEquals("-DOCSTART- -X- -X- O\n\nAna NNP _ B-PERSON\nReyes NNP _ I-PERSON\nOrvik NNP _ B-PERSON\n"
        + "Lund NNP _ I-PERSON\n\n", ConllWriter.lines(result));
  }

  private static newsfacts.model.Token token(int index, int begin, int end, String word) {
    return new newsfacts.model.Token(index, new newsfacts.model.CharSpan(begin, end), word, word, "NNP",
        newsfacts.model.NerTag.O);
  }
}
