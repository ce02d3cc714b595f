package newsfacts.tables;

import newsfacts.eval.Counts;
import newsfacts.eval.Scorer;
import newsfacts.eval.SmallTables;
import newsfacts.eval.report.Scoring;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the hand-made tables of {@link SmallTables} through Scoring (CSV in, validation, CSV
 * out) and checks every count of every score row, per document and per error kind. The
 * reference has d1 and d2; the system's rows for d3 must be ignored.
 */
class ScoringTablesTest {
  @TempDir Path dir;

  private Scorer.Report score() throws Exception {
    Path gold = SmallTables.writeGold(dir.resolve("gold"));
    Path pred = SmallTables.writePrediction(dir.resolve("pred"));
    return new Scoring(SmallTables.TEXTS).run(gold, Map.of("sys", pred), dir.resolve("out"), true).get("sys");
  }

  @Test
  void everyCountOfEveryLayer() throws Exception {
    List<String> expected = List.of(
        "documents doc_date ALL 1 1 0", // d1 2012-06-06 right; d2 2012-06-01 is not 2012-06
        // entities. gold LOCATION 4, ORGANIZATION 5, PERSON 1; predicted LOCATION 4, MISC 1, ORGANIZATION 2, PERSON 3
        "entities strict LOCATION 3 1 1", // ASTANA, BEIJING, Shanghai; Kazakhstan's vs Kazakhstan is fp 1 + fn 1
        "entities strict MISC 0 1 0", // "June"
        "entities strict ORGANIZATION 1 1 4", // SCO (d2); "Shanghai Cooperation" fp; Xinhua x2, SCO (d1), full name fn
        "entities strict PERSON 1 2 0", // Yerzhan Kazykhanov; Xinhua/PERSON and Kazykhanov fp
        "entities strict ALL 5 5 5", // tp 3+0+1+1, fp 1+1+1+2, fn 1+0+4+0
        "entities strict MACRO 5 5 5", // counts summed over the four types
        "entities partial LOCATION 4 0 0", // Kazakhstan's overlaps Kazakhstan by 10
        "entities partial MISC 0 1 0",
        "entities partial ORGANIZATION 2 0 3", // "Shanghai Cooperation" (overlap 20) and SCO; 5 - 2 missed
        "entities partial PERSON 1 2 0", // the name takes [63,81) (18) over Kazykhanov (10)
        "entities partial ALL 7 3 3", // tp 4+0+2+1, fp 0+1+0+2, fn 0+0+3+0
        "entities partial MACRO 7 3 3",
        // equal spans: ASTANA, Xinhua (d1), Yerzhan Kazykhanov, BEIJING, SCO (d2), Shanghai = 6; 10 - 6 each side
        "entities exact ALL 6 4 4",
        "entities subtype_accuracy LOCATION 2 1 0", // ASTANA, Shanghai CITY right; BEIJING not STATE_OR_PROVINCE
        // dates. gold 4 (all DATE); predicted 5 (4 DATE, 1 DURATION)
        "dates strict ALL 2 3 2", // equal spans: "June 6, 2012" and "2001"
        "dates relaxed ALL 4 1 0", // every gold overlapped; "2012" [16,20) loses to [8,20) and is left over
        "dates type_accuracy ALL 3 1 0", // 2001 predicted DURATION
        "dates value_accuracy ALL 3 1 0", // Wednesday 2012-06-13 is not 2012-06-06
        "dates value DATE 2 2 2", // DATE only: June 6 and June right; Wednesday wrong; 2001 has no DATE partner
        "dates value DURATION 0 1 0",
        "dates value ALL 3 2 1", // tp 3; fp 5 - 3; fn 4 - 3
        // quotes. gold q1 indirect [105,124), q2 direct [126,153) (d1), q1 indirect [22,97) (d2)
        // predicted [100,124) covers 19/19; [126,137) mixed covers 11/27 = 0.41; d2 [22,97) exact; [99,110) direct
        "quotes span_0.3 direct 0 1 1", // gold direct q2 vs predicted direct [99,110) in d2
        "quotes span_0.3 indirect 2 0 0",
        "quotes span_0.3 mixed 0 1 0",
        "quotes span_0.3 ALL 3 1 0", // 1.0, 0.41 and 1.0 all >= 0.3; [99,110) left over
        "quotes span_0.8 direct 0 1 1",
        "quotes span_0.8 indirect 2 0 0",
        "quotes span_0.8 mixed 0 1 0",
        "quotes span_0.8 ALL 2 2 1", // 0.41 < 0.8
        "quotes span_exact direct 0 1 1",
        "quotes span_exact indirect 1 1 1", // only d2's span is equal
        "quotes span_exact mixed 0 1 0",
        "quotes span_exact ALL 1 3 2",
        "quotes kind_accuracy ALL 2 1 0", // q2 direct predicted mixed
        "quotes speaker_accuracy ALL 2 1 0", // yerzhan kazykhanov and Xinhua's right; He wrong
        "quotes end_to_end_0.3 ALL 2 2 1", // tp 2; fp 4 - 2; fn 3 - 2
        // mentions: d1 q1 [63,81) vs "Foreign Minister" [46,62) no overlap, wrong; "he" and Xinhua right
        "quotes speaker_mention_accuracy ALL 2 1 0",
        "quotes end_to_end_mention_0.3 ALL 2 2 1", // tp 2; fp 4 - 2; fn 3 - 2
        "quotes span_0.3_joined ALL 3 1 0", // no continuations (cue-less rows): as span_0.3
        "quotes end_to_end_mention_0.3_joined ALL 2 2 1",
        // relations. gold 5 facts; predicted 6 rows = 5 facts (per:title twice)
        "relations triple org:alternate_names 1 0 0", // "The Shanghai Cooperation Organization" normalised
        "relations triple org:city_of_founding 0 0 1",
        "relations triple org:city_of_headquarters 0 1 0",
        "relations triple org:date_founded 0 1 1", // 2001-06 is not 2001
        "relations triple per:employee_or_member_of 1 0 0", // Kazakhstan's = Kazakhstan
        "relations triple per:title 1 0 0", // counted once
        "relations triple ALL 3 2 2",
        "relations triple MACRO 3 2 2");
    List<String> actual = score().scores().stream()
        .map(r -> String.join(" ", r.layer(), r.metric(), r.type(), "" + r.counts().tp(), "" + r.counts().fp(),
            "" + r.counts().fn()))
        .toList();
    assertEquals(expected, actual);
  }

  @Test
  void headlineCountsPerDocument() throws Exception {
    Map<String, Map<String, Counts>> expected = Map.of(
        "documents", Map.of("d1", new Counts(1, 0, 0), "d2", new Counts(0, 1, 0)),
        // strict: d1 ASTANA, name right; Xinhua, Kazakhstan, SCO missed; 3 predictions wrong. d2: 3 right, 2 + 2
        "entities", Map.of("d1", new Counts(2, 3, 3), "d2", new Counts(3, 2, 2)),
        // value: d1 June 6 right, Wednesday wrong (fp + fn), "2012" spurious; d2 June and 2001 right
        "dates", Map.of("d1", new Counts(1, 2, 1), "d2", new Counts(2, 0, 0)),
        // end to end: d1 q1 right, q2 wrong speaker (fp + fn); d2 q1 right, [99,110) spurious
        "quotes", Map.of("d1", new Counts(1, 1, 1), "d2", new Counts(1, 1, 0)),
        "relations", Map.of("d1", new Counts(2, 0, 0), "d2", new Counts(1, 2, 2)));
    assertEquals(expected, score().byDocument());
  }

  @Test
  void errorKindsPerLayer() throws Exception {
    Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("documents wrong_doc_date", 1), // d2
        Map.entry("entities wrong_subtype", 1), // BEIJING
        Map.entry("entities wrong_type", 1), // Xinhua as PERSON
        Map.entry("entities wrong_span", 2), // Kazakhstan's; Shanghai Cooperation
        Map.entry("entities missed", 2), // SCO (d1), Xinhua (d2)
        Map.entry("entities spurious", 2), // Kazykhanov, June
        Map.entry("dates wrong_type", 1), Map.entry("dates wrong_value", 1), Map.entry("dates spurious", 1),
        Map.entry("quotes wrong_kind", 1), Map.entry("quotes wrong_speaker", 1), Map.entry("quotes spurious", 1),
        Map.entry("quotes wrong_speaker_mention", 1), // d1 q1
        Map.entry("relations missed", 2), Map.entry("relations spurious", 2)));
    Map<String, Integer> actual = new TreeMap<>();
    score().errors().forEach(e -> actual.merge(e.layer() + " " + e.error(), 1, Integer::sum));
    assertEquals(expected, actual);
  }
}
