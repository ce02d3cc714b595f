package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.eval.SmallTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `compare`: a hand-made system (A) against the reference itself (B). */
class CompareCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void writesTheComparisonAndTheChanges() throws Exception {
    Path gold = SmallTables.writeGold(dir.resolve("gold"));
    Path a = SmallTables.writePrediction(dir.resolve("a"));
    Path output = dir.resolve("cmp");
    assertEquals(ExitCodes.OK, run("compare", "--gold", gold.toString(), "--pred", a.toString(), "--pred",
        gold.toString(), "--output", output.toString(), "--raw-csv"), err.toString());
    List<String> comparison = Files.readAllLines(output.resolve("comparison.csv"), StandardCharsets.UTF_8);
    assertEquals("layer,metric,type,a_f1,a_ci_low,a_ci_high,b_f1,b_ci_low,b_ci_high,difference,p_value,"
        + "a_tp,a_fp,a_fn,b_tp,b_fp,b_fn", comparison.get(0));
    // entities strict ALL: A tp 5, fp 5, fn 5 (F1 0.5), B the reference itself (F1 1)
    assertTrue(comparison.stream().anyMatch(l -> l.startsWith("entities,strict,ALL,0.5000,")
        && l.contains(",1.0000,1.0000,1.0000,0.5000,") && l.endsWith(",5,5,5,10,0,0")), comparison.toString());
    List<String> changes = Files.readAllLines(output.resolve("changes.csv"), StandardCharsets.UTF_8);
    assertEquals("change,layer,doc_id,error,start,end,text,expected,got,context", changes.get(0));
    assertTrue(changes.size() > 1);
    assertTrue(changes.stream().skip(1).allMatch(l -> l.startsWith("fixed,")), "B is the reference: nothing broke");
    assertTrue(out.toString().contains("entities strict"), out.toString());
    assertTrue(out.toString().contains("made 0 new ones"), out.toString());
  }

  @Test
  void withoutOutputOnlyPrints() throws Exception {
    Path gold = SmallTables.writeGold(dir.resolve("gold"));
    assertEquals(ExitCodes.OK, run("compare", "--gold", gold.toString(), "--pred", gold.toString(), "--pred",
        gold.toString()));
    assertTrue(out.toString().contains("B fixed 0 of A's errors and made 0 new ones."), out.toString());
    assertFalse(Files.exists(dir.resolve("comparison.csv")));
  }

  @Test
  void onePredIsAUsageError() throws Exception {
    Path gold = SmallTables.writeGold(dir.resolve("gold"));
    assertEquals(ExitCodes.USAGE, run("compare", "--gold", gold.toString(), "--pred", gold.toString()));
    assertTrue(err.toString().contains("--pred must be given twice"), err.toString());
  }

  @Test
  void aMissingRunIsFatal() throws Exception {
    Path gold = SmallTables.writeGold(dir.resolve("gold"));
    assertEquals(ExitCodes.FATAL, run("compare", "--gold", gold.toString(), "--pred", gold.toString(), "--pred",
        dir.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("table folder not found"), err.toString());
  }
}
