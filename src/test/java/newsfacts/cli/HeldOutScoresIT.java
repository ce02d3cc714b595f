package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy floor on the held-out articles (src/test/resources/heldout: four articles written and
 * labelled apart from the seeds). Fails when a change makes the headline F1 of a layer drop
 * below where it stood when the floor was set (README, "Held-out articles").
 */
class HeldOutScoresIT {
  private static final String HELD_OUT = "src/test/resources/heldout";

  @Test
  void headlineScoresStayAboveTheFloor(@TempDir Path out) throws IOException {
    StringWriter err = new StringWriter();
    int status = Main.run(
        new String[] {"--input", HELD_OUT + "/articles", "--output", out.toString(), "--gold", HELD_OUT + "/gold",
            "--no-progress"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(ExitCodes.OK, status, err.toString());
    List<String> scores = Files.readAllLines(out.resolve("scores.csv"), StandardCharsets.UTF_8);
    assertAtLeast(scores, "entities,strict,ALL", 0.90);
    assertAtLeast(scores, "dates,value,ALL", 0.98);
    assertAtLeast(scores, "quotes,span_0.3,ALL", 0.95);
    assertAtLeast(scores, "quotes,speaker_accuracy,ALL", 0.93);
    assertAtLeast(scores, "quotes,end_to_end_0.3,ALL", 0.92);
    assertAtLeast(scores, "relations,triple,ALL", 0.85);
  }

  private static void assertAtLeast(List<String> scores, String key, double floor) {
    String row = scores.stream().filter(l -> l.startsWith("newsfacts," + key + ",")).findFirst().orElseThrow();
    String[] cells = row.split(",");
    double f1 = Double.parseDouble(cells[9]); // system,layer,metric,type,tp,fp,fn,precision,recall,f1,ci_low,ci_high
    assertTrue(f1 >= floor, key + " F1 " + f1 + " is below " + floor);
  }
}
