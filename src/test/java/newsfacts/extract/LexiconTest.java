package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void everyListFileSaysWhatItIsForAndWhereItCameFrom() throws IOException, URISyntaxException {
    Path folder = Path.of(LexiconTest.class.getResource(WordLists.FOLDER).toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      assertTrue(lines.get(0).startsWith("# "), name + " opens with a header");
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("# Used by: ")), name + " names the rule that uses it");
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("# Source: ")), name + " says where it came from");
      assertFalse(WordLists.list(name).isEmpty(), name + " has entries");
    }
  }

  @Test
  void entriesKeepTheirCaseInnerSpacesAndOrder() {
    Lexicon lexicon = Lexicon.load();
    assertTrue(lexicon.entities().regionNames().contains("Middle East"));
    assertTrue(lexicon.entities().directionWords().contains("North"));
    assertEquals(List.of("The", "A", "An", "This", "That"), lexicon.entities().documentNameDeterminers());
    assertEquals("10Y", lexicon.dates().durationUnits().get("decade"));
    assertEquals(List.of("year", "decade", "century", "month"), List.copyOf(lexicon.dates().agoUnits().keySet()));
  }

  @Test
  void infinitiveVerbsAreReportingVerbsToo() {
    QuoteWords quotes = Lexicon.load().quotes();
    assertTrue(quotes.reportingVerbs().containsAll(quotes.infinitiveVerbs()));
    assertTrue(quotes.reportingVerbs().contains("say"));
  }

  @Test
  void anyOfMatchesTheWordsLiterally() {
    String pattern = WordLists.anyOf(List.of("a.b", "c"));
    assertTrue("a.b".matches(pattern));
    assertFalse("axb".matches(pattern));
    assertTrue("c".matches(pattern));
  }
}
