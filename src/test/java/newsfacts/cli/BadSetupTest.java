package newsfacts.cli;

import static newsfacts.cli.RunCommandTest.read;
import static newsfacts.cli.RunCommandTest.run;
import static newsfacts.cli.RunCommandTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.cli.RunCommandTest.Run;
import newsfacts.tables.OutputLock;
import newsfacts.tables.StagedTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad setup is refused before any model loads ("Loading CoreNLP models..." never printed) and
 * with nothing written; runs into one output folder never mix their tables.
 */
class BadSetupTest {
  @TempDir Path root;
  Path in;
  Path out;

  @BeforeEach
  void articles() throws IOException {
    in = root.resolve("in");
    RunCommandTest.writeGoodArticles(in);
    out = root.resolve("out");
  }

  private void assertRefused(int status, String err, Run r) {
    assertEquals(status, r.status(), r.err());
    assertEquals(err, r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out), "nothing written");
  }

  private Run runWith(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("--input", in.toString(), "--output", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void impossibleManifestDateIsRefusedWithFileAndLine() throws IOException {
    Path manifest = root.resolve("dates.csv");
    write(manifest, "doc_id,doc_date\ng1,2011-02-30\n");
    Run r = runWith("--manifest", manifest.toString(), "--no-score");
    assertEquals(ExitCodes.FATAL, r.status());
    assertTrue(r.err().startsWith("error: " + manifest + ": line 2, column doc_date: "), r.err());
    assertFalse(r.err().contains("Loading"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void manifestRowForAnUnknownArticleIsRefused() throws IOException {
    Path manifest = root.resolve("dates.csv");
    write(manifest, "doc_id,doc_date\ng1,2011-02-03\nnobody,2011-02-03\n");
    assertRefused(ExitCodes.FATAL, "error: " + manifest + ": line 3, column doc_id: 'nobody' is not the doc_id of a"
        + " .txt file in the input folder\n", runWith("--manifest", manifest.toString(), "--no-score"));
  }

  @Test
  void invalidGoldListsEveryProblemBeforeModelsLoad() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    write(gold.resolve("entities.csv"), "doc_id,start,end,text,type,subtype\n"
        + "g1,0,6,Astana,LOCATION,CITY\n"
        + "g1,0,5,Wrong,LOCATION,\n"
        + "g1,7,13,Summit,EVENT,\n"
        + "g1,900,905,Later,PERSON,\n");
    Run r = runWith("--gold", gold.toString());
    String file = gold.resolve("entities.csv").toString();
    assertRefused(ExitCodes.FATAL, "error: the tables in " + gold + " are not valid (4 problems):\n"
        + "  " + file + ": line 3, column text: 'Wrong' does not match the article at 0..5, which reads 'Astan'\n"
        + "  " + file + ": line 3, column start: span 0..5 overlaps entity 0..6\n"
        + "  " + file + ": line 4, column type: unknown value 'EVENT'\n"
        + "  " + file + ": line 5, column end: offset 905 is past the end of the article (69 characters)\n", r);
  }

  @Test
  void goldForOtherArticlesIsOneLineNotOnePerRow() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    write(gold.resolve("documents.csv"), "doc_id,doc_date,doc_date_evidence\ng1,2013,\nx1,2013,\nx2,2013,\n");
    assertRefused(ExitCodes.FATAL, "error: the gold folder " + gold + " labels 2 article(s) that are not in " + in
        + ": x1, x2\n", runWith("--gold", gold.toString()));
  }

  @Test
  void emptyGoldFolderIsRefused() throws IOException {
    Path gold = Files.createDirectory(root.resolve("gold"));
    assertRefused(ExitCodes.FATAL, "error: the gold folder " + gold + " holds no tables\n",
        runWith("--gold", gold.toString()));
  }

  @Test
  void outputBelowAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(root.resolve("file"), "x");
    out = file.resolve("out");
    assertRefused(ExitCodes.USAGE, "error: cannot create the output folder " + out + ": " + file + " is not a folder\n",
        runWith("--no-score"));
  }

  @Test
  void hugeThreadCountIsCappedNotACrash() {
    Run r = runWith("--no-score", "--threads", "2000000000");
    assertEquals(ExitCodes.OK, r.status(), r.err());
  }

  @Test
  void aSecondRunIntoALockedFolderExitsThreeAtOnceNamingTheHolder() throws IOException {
    assertEquals(ExitCodes.OK, runWith("--no-score").status());
    String documents = read(out.resolve("documents.csv"));
    try (OutputLock held = OutputLock.acquire(out)) {
      Run r = runWith("--no-score");
      assertEquals(ExitCodes.FATAL, r.status());
      assertTrue(r.err().startsWith("error: the output folder " + out + " is in use by another run (process "
          + ProcessHandle.current().pid() + ", started "), r.err());
      assertFalse(r.err().contains("Loading"), r.err());
    }
    assertEquals(documents, read(out.resolve("documents.csv")));
  }

  @Test
  void aRunThatDoesNotScoreRemovesTheScoreTablesOfAnEarlierOne() throws IOException {
    Files.createDirectories(out);
    for (String stale : List.of("scores.csv", "scores_by_document.csv", "errors.csv")) {
      write(out.resolve(stale), "from an earlier run");
    }
    assertEquals(ExitCodes.OK, runWith("--no-score").status());
    assertEquals(RunCommandTest.unscoredSet(), RunCommandTest.names(out));
  }

  @Test
  void aRunFinishesTheCommitOfARunKilledWhileReplacingTables() throws IOException {
    assertEquals(ExitCodes.OK, runWith("--no-score").status());
    String documents = read(out.resolve("documents.csv"));
    // A killed run's commit: its documents.csv already moved, its entities.csv not yet.
    Path commit = Files.createDirectory(out.resolve(StagedTables.COMMITTING));
    write(commit.resolve("set.list"), "put documents.csv\nput entities.csv\n");
    write(out.resolve("documents.csv"), "killed run's documents");
    write(commit.resolve("entities.csv"), "killed run's entities");
    assertEquals(ExitCodes.OK, runWith("--no-score").status());
    assertEquals(documents, read(out.resolve("documents.csv")));
    assertFalse(Files.exists(commit));
  }
}
