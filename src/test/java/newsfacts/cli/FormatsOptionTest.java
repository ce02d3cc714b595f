package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --formats: what a run writes, and a run without a format removes that format's files of an earlier run. */
class FormatsOptionTest {
  @TempDir Path root;

  @Test
  void eachRunLeavesExactlyTheFilesOfItsFormats() throws Exception {
    Path input = root.resolve("in");
    RunCommandTest.writeGoodArticles(input);
    Path out = root.resolve("out");
    RunCommandTest.Run first = RunCommandTest.run("--input", input.toString(), "--output", out.toString(), "--no-score");
    assertEquals(ExitCodes.OK, first.status(), first.err());
    List<String> csvAndXlsx = List.of("dates.csv", "documents.csv", "entities.csv", "entity_index.csv", "failures.csv",
        "quotes.csv", "relations.csv", "report", "tables.xlsx");
    assertEquals(csvAndXlsx, RunCommandTest.names(out));

    RunCommandTest.Run second = RunCommandTest.run("--input", input.toString(), "--output", out.toString(),
        "--no-score", "--formats", "jsonl,brat,conll");
    assertEquals(ExitCodes.OK, second.status(), second.err());
    // The HTML review is written by every run, whatever the formats.
    assertEquals(List.of("articles.jsonl", "brat", "entities.conll", "report"), RunCommandTest.names(out));
    assertEquals(List.of("annotation.conf", "documents.csv", "g1.ann", "g1.txt", "g2.ann", "g2.txt", "g3.ann", "g3.txt",
        "visual.conf"), RunCommandTest.names(out.resolve("brat")));
    assertEquals(3, Files.readAllLines(out.resolve("articles.jsonl")).size());
    // The article's bytes, byte-order mark and CRLF included.
    assertEquals(-1, Files.mismatch(input.resolve("g2.txt"), out.resolve("brat").resolve("g2.txt")));

    RunCommandTest.Run third = RunCommandTest.run("--input", input.toString(), "--output", out.toString(),
        "--no-score", "--formats", "csv");
    assertEquals(ExitCodes.OK, third.status(), third.err());
    assertEquals(csvAndXlsx.subList(0, 8), RunCommandTest.names(out));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    RunCommandTest.Run r = RunCommandTest.run("--formats", "csv,pdf");
    assertEquals(ExitCodes.USAGE, r.status(), r.err());
    assertTrue(r.err().contains("unknown format 'pdf' (expected csv, xlsx, jsonl, brat or conll)"), r.err());
  }
}
