package newsfacts.cli;

import static newsfacts.cli.RunCommandTest.run;
import static newsfacts.cli.RunCommandTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsfacts.cli.RunCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `score` runs the checks that need no article text even without --texts, and lists every problem. */
class ScoreChecksTest {
  @TempDir Path root;

  @Test
  void withoutTextsDuplicatesAndUnknownValuesAreStillFound() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    write(gold.resolve("relations.csv"), "doc_id,subject,relation,object,evidence_start,evidence_end\n"
        + "d1,Ann Field,per:title,mayor,0,20\n"
        + "d1,Ann Field,per:title,mayor,0,20\n"
        + "d1,Ann Field,per:favourite_colour,green,0,20\n");
    Path pred = Files.createDirectory(root.resolve("pred"));
    Path out = root.resolve("scores");
    Run r = run("score", "--gold", gold.toString(), "--pred", pred.toString(), "--output", out.toString());
    String file = gold.resolve("relations.csv").toString();
    assertEquals(ExitCodes.FATAL, r.status());
    assertEquals("error: the tables in " + gold + " are not valid (2 problems):\n"
        + "  " + file + ": line 3: duplicate row\n"
        + "  " + file + ": line 4, column relation: unknown value 'per:favourite_colour'\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anEmptyGoldFolderIsRefused() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    Run r = run("score", "--gold", gold.toString(), "--pred", gold.toString(), "--output", root.resolve("s").toString());
    assertEquals(ExitCodes.FATAL, r.status());
    assertEquals("error: the gold folder " + gold + " holds no tables\n", r.err());
  }
}
