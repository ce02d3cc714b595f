package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold offsets count code points: an emoji before a mention moves it by one, not two. */
class GoldCodePointsTest {
  private static final String TEXT = "Big day \uD83C\uDF89 for Harbor City.\n";

  @Test
  void codePointOffsetsValidateAndJavaIndicesDoNot(@TempDir Path gold) throws IOException {
    // Python: TEXT.index("Harbor") == 14; in Java it is 15.
    Files.writeString(gold.resolve("entities.csv"), "doc_id,start,end,text,type,subtype\n"
        + "d1,14,25,Harbor City,LOCATION,CITY\n"
        + "d1,15,26,Harbor City,LOCATION,CITY\n");
    String file = gold.resolve("entities.csv").toString();
    assertEquals(List.of(
        file + ": line 3, column text: 'Harbor City' does not match the article at 15..26, which reads 'arbor City.'",
        file + ": line 3, column start: span 15..26 overlaps entity 14..25"),
        new GoldValidator(Map.of("d1", TEXT)).validate(gold));
  }

  @Test
  void theEndOfTheArticleIsCountedInCodePoints(@TempDir Path gold) throws IOException {
    Files.writeString(gold.resolve("entities.csv"), "doc_id,start,end,text,type,subtype\nd1,26,28,x,PERSON,\n");
    assertEquals(List.of(gold.resolve("entities.csv") + ": line 2, column end: offset 28 is past the end of the"
        + " article (27 characters)"), new GoldValidator(Map.of("d1", TEXT)).validate(gold));
  }
}
