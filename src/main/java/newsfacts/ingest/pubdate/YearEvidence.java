package newsfacts.ingest.pubdate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.ingest.LexiconFile;

/**
 * The publication year the text itself supports when no line states the date: the latest year
 * the article speaks of as past or present, or the year after one it calls "last year" ("The
 * drill (2011) was held ... last year" supports 2012). Years of sentences about the future, of
 * copyright lines, of ranges ("1999-2018"), inside quotation marks (a speaker's plans), and numbers
 * that count a plural noun after them ("2047 registered voters") do not count.
 */
public final class YearEvidence {
  record Inferred(int year, String sentence) {}

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  /** Words in quotation marks: a speaker's plans and hopes ("we aim to finish by 2030"). */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|\u201C[^\u201D\\n]*\u201D");
  /** "2047 registered voters", "1500 troops": a number that counts what follows, not a year. */
  private static final Pattern COUNT = Pattern.compile("^\\s+(?:[a-z]+\\s+)?[a-z]{3,}s\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(19\\d{2}|20\\d{2})(?![\\d-])");
  /** Words of a sentence about the future, from {@code lexicon/year-evidence-future.txt}. */
  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:"
      + String.join("|", LexiconFile.sections("year-evidence-future.txt").get("future").stream().map(Pattern::quote).toList())
      + ")\\b");

  private YearEvidence() {}

  static Optional<Inferred> infer(String text) {
    Inferred best = null;
    Matcher sentences = SENTENCE.matcher(QUOTED.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
    while (sentences.find()) {
      String sentence = sentences.group().strip();
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (lower.contains("copyright") || sentence.contains("\u00A9")) {
        continue;
      }
      int latest = -1;
      Matcher year = YEAR.matcher(sentence);
      while (year.find()) {
        if (!COUNT.matcher(sentence.substring(year.end())).find()) {
          latest = Math.max(latest, Integer.parseInt(year.group(1)));
        }
      }
      if (latest < 0) {
        continue;
      }
      int candidate = lower.contains("last year") ? latest + 1 : latest;
      if (!lower.contains("last year") && FUTURE.matcher(sentence).find()) {
        continue;
      }
      if (best == null || candidate > best.year()) {
        best = new Inferred(candidate, sentence);
      }
    }
    return Optional.ofNullable(best);
  }
}
