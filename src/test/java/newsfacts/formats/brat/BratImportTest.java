package newsfacts.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations made in brat by hand: what is accepted, and each error naming file, line and what was expected. */
class BratImportTest {
  private static final String TEXT = "Ana Reyes met Orvik officials on Monday.\n";

  @TempDir Path folder;

  private Path brat(String ann) throws Exception {
    Path in = Files.createDirectories(folder.resolve("brat"));
    Files.writeString(in.resolve("d1.txt"), TEXT, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("d1.ann"), ann, StandardCharsets.UTF_8);
    return in;
  }

  private List<String> problems(String ann, Map<String, String> labels) throws Exception {
    Path in = brat(ann);
    return assertThrows(BratImport.InvalidException.class, () -> BratImport.run(in, folder.resolve("out"), labels))
        .problems();
  }

  @Test
  void anAnnotatorsLabelsNeedAMappingAndAreThenAccepted() throws Exception {
    String ann = "T1\tPER 0 9\tAna Reyes\nT2\tGPE 14 19\tOrvik\n";
    List<String> problems = problems(ann, Map.of());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(folder.resolve("brat").resolve("d1.ann") + ":1: unknown type 'PER'; expected one of "
        + "PERSON, ORGANIZATION, LOCATION"), problems.get(0));
    assertTrue(problems.get(0).endsWith("(rename a label with --map PER=TYPE)"), problems.get(0));
    assertTrue(problems.get(1).contains("d1.ann:2: unknown type 'GPE'"), problems.get(1));
    assertFalse(Files.exists(folder.resolve("out")), "nothing written");

    BratImport.run(brat(ann), folder.resolve("out"), BratImport.labels(List.of("PER=PERSON", "GPE=LOCATION")));
    assertEquals("doc_id,start,end,text,type,subtype,canonical\r\nd1,0,9,Ana Reyes,PERSON,,Ana Reyes\r\n"
        + "d1,14,19,Orvik,LOCATION,,Orvik\r\n", Files.readString(folder.resolve("out").resolve("entities.csv")));
    assertEquals("doc_id,doc_date,doc_date_evidence\r\nd1,,not given in the brat folder\r\n",
        Files.readString(folder.resolve("out").resolve("documents.csv")));
  }

  @Test
  void offsetsTextsAndLinesOutsideTheSchemeAreEachNamed() throws Exception {
    List<String> problems = problems(String.join("\n",
        "T1\tPERSON 0 8\tAna Reyes",
        "T2\tDATE 33 39 Monday",
        "T3\tLOCATION 14 90\tOrvik",
        "E1\tMeeting:T1",
        "A1\tSubtype T1 CITY",
        "R1\tper_title Arg1:T1 Arg2:T9",
        "T4\tQuote 0 9\tAna Reyes",
        "R2\tlikes Arg1:T1 Arg2:T1",
        ""), Map.of());
    String file = folder.resolve("brat").resolve("d1.ann").toString();
    assertEquals(List.of(
        file + ":1: text 'Ana Reyes'; expected the text at its offsets, 'Ana Reye'",
        file + ":2: 'T2\tDATE 33 39 Monday'; expected ID<TAB>TYPE START END<TAB>TEXT",
        file + ":3: span 14-90; expected offsets within the text (0 to 41 code points)",
        file + ":4: an event (E) line, which the scheme does not use; expected text-bound (T), attribute (A), "
            + "relation (R) or note (#) lines",
        file + ":8: unknown relation 'likes'; expected a TAC KBP slot (per_title, org_member_of, ...), Has_source or "
            + "Has_cue (rename with --map likes=NAME)",
        file + ":6: argument T1; expected the id of a text-bound annotation (T) of this file",
        file + ":6: argument T9; expected the id of a text-bound annotation (T) of this file",
        file + ":5: Subtype on T1; expected an attribute of a LOCATION annotation",
        file + ":7: Quote T4 without a Kind; expected an attribute line 'A<n><TAB>Kind T4 direct|indirect|mixed'"),
        problems);
  }

  @Test
  void aMissingAnnFileIsNamed() throws Exception {
    Path in = brat("");
    Files.delete(in.resolve("d1.ann"));
    List<String> problems = assertThrows(BratImport.InvalidException.class,
        () -> BratImport.run(in, folder.resolve("out"), Map.of())).problems();
    assertEquals(List.of(in.resolve("d1.ann") + ": missing; expected the .ann file beside d1.txt"), problems);
  }
}
