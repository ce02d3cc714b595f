package newsfacts.ingest.pubdate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.ingest.pubdate.DateReader.Style;
import newsfacts.ingest.pubdate.DateWords.Label;

/**
 * The dates a line writes as a header date: alone or with a time ("09:41, March 3, 2021"),
 * after a label ("Last updated: 15.07.2022"), a byline or a place ("OSLO, March 3 (Agency) -"),
 * each with the label before it. A date inside a sentence of the story is not one: before the
 * date there may stand only capitalised words (a place, a name) joined by "and", "of", "by",
 * ..., not ending in a preposition ("founded on June 15"); after it the line ends, or goes on
 * after a dash, bar, bracket, another label or a byline ("by Metro Desk"), or (after a place)
 * after a full stop or comma.
 */
public final class HeaderDates {
  /** A header date, its label (empty when none) and the line up to the end of the date. */
  record HeaderDate(Reading reading, Optional<Label> label, String evidence) {
    boolean updated() {
      return label.isPresent() && label.get() == Label.UPDATED;
    }
  }

  private static final int MAX_PREFIX_WORDS = 8;
  private static final String SEPARATORS = "-–—|•·/()[]";
  static final HeaderDates ENGLISH = new HeaderDates(DateWords.ENGLISH);

  private final DateWords words;
  private final DateGrammar grammar;
  private final DateReader reader;
  private final Pattern clock = Pattern.compile(DateGrammar.CLOCK, Pattern.CASE_INSENSITIVE);

  private HeaderDates(DateWords words) {
    this.words = words;
    this.grammar = new DateGrammar(words);
    this.reader = new DateReader(words, grammar);
  }

  /**
   * Whether the line is a date or timestamp line, a dateline or a date label with a time
   * ("Updated 10:31 a.m. ET"): not a headline.
   */
  public static boolean isDateLine(String line) {
    if (!ENGLISH.datesOn(line, Style.UNKNOWN).isEmpty()) {
      return true;
    }
    Matcher clock = ENGLISH.clock.matcher(line);
    return clock.find() && ENGLISH.grammar.labelBefore.matcher(line.substring(0, clock.start()).strip()).matches();
  }

  DateReader reader() {
    return reader;
  }

  DateGrammar grammar() {
    return grammar;
  }

  /** The header dates of one line, in order. */
  List<HeaderDate> datesOn(String line, Style style) {
    String s = line.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
    List<HeaderDate> found = new ArrayList<>();
    Matcher m = grammar.date.matcher(s);
    int segment = 0;
    while (m.find()) {
      String before = s.substring(segment, m.start());
      Matcher label = grammar.labelBefore.matcher(before);
      boolean labelled = label.find();
      String prefix = labelled ? before.substring(0, label.start()) : before;
      boolean afterText = !trimSeparators(prefix).isEmpty();
      if (isHeaderPrefix(prefix) && isHeaderSuffix(s.substring(m.end()), afterText)) {
        Optional<Label> kind = labelled ? Optional.of(words.label(label.group("label"))) : Optional.empty();
        found.add(new HeaderDate(reader.read(m, style), kind, evidence(s, segment, m.end("date"))));
        segment = m.end();
      }
    }
    return found;
  }

  /** Capitalised words (a place, a byline), joining words and punctuation, not ending in a preposition. */
  private boolean isHeaderPrefix(String prefix) {
    String p = trimSeparators(prefix);
    if (p.isEmpty()) {
      return true;
    }
    String[] tokens = p.split("\\s+");
    if (tokens.length > MAX_PREFIX_WORDS) {
      return false;
    }
    if (tokens.length > 2 && tokens[tokens.length - 1].matches("(?i)on|at") && words.isByline(tokens[1])) {
      // a byline, then "on": "Written by Ann Lee on March 4, 2031", "Posted by Metro Desk on"
      return isHeaderPrefix(String.join(" ", Arrays.copyOf(tokens, tokens.length - 1)));
    }
    String last = "";
    for (String token : tokens) {
      String w = token.replaceAll("^[^\\p{L}\\d&]+|[^\\p{L}\\d&]+$", "");
      if (w.isEmpty() || words.isJoining(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
      last = w;
    }
    return last.isEmpty() || !words.isPreposition(last);
  }

  /** The rest of the line after a date: nothing, a separator, a label, or a dateline's story. */
  private boolean isHeaderSuffix(String rest, boolean afterText) {
    String r = rest.strip();
    if (r.isEmpty() || SEPARATORS.indexOf(r.charAt(0)) >= 0 || startsWithLabel(r) || isByline(r)) {
      return true;
    }
    if (r.charAt(0) != '.' && r.charAt(0) != ',') {
      return nextLabel(r);
    }
    String after = r.substring(1).strip();
    return after.isEmpty() || SEPARATORS.indexOf(after.charAt(0)) >= 0
        || afterText && Character.isUpperCase(after.codePointAt(0))
        || r.charAt(0) == ',' && (isEditionTag(after) || nextLabel(after));
  }

  /** Another label, after a joining word or none: "Published 4 March 2031, updated 5 March 2031", "... and last updated ...". */
  private boolean nextLabel(String rest) {
    String[] first = rest.split("\\s+", 2);
    return startsWithLabel(rest) || first.length == 2 && words.isJoining(first[0]) && startsWithLabel(first[1]);
  }

  /** The last words of a timestamp line naming an edition or zone ("14:32, UK"): one or two capitalised words. */
  private static boolean isEditionTag(String rest) {
    String[] tokens = rest.split("\\s+");
    return tokens.length <= 2 && Arrays.stream(tokens).allMatch(t -> t.matches("\\p{Lu}[\\p{L}.]*"));
  }

  /** A byline after the date ("Posted on July 15, 2022 at 2:32 pm by Metro Desk"): a byline word, then names. */
  private boolean isByline(String rest) {
    String[] tokens = rest.split("\\s+");
    return tokens.length >= 2 && tokens.length <= MAX_PREFIX_WORDS && words.isByline(tokens[0])
        && Arrays.stream(tokens, 1, tokens.length)
            .allMatch(t -> Character.isUpperCase(t.codePointAt(0)) || words.isJoining(t));
  }

  private boolean startsWithLabel(String rest) {
    int end = 0;
    for (int n = 0; n < 2 && end < rest.length(); n++) {
      int space = rest.indexOf(' ', end + 1);
      end = space < 0 ? rest.length() : space;
      if (grammar.labelBefore.matcher(rest.substring(0, end)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line from the start of the date's segment to the end of the date, with a full stop or a
   * bracket that closes it ("OSLO. May 9.", "Jane Roe (July 15, 2022)").
   */
  private static String evidence(String line, int segment, int dateEnd) {
    String quoted = line.substring(segment, dateEnd).replaceAll("^[\\s|•·,;/(\\[–—-]+", "").strip();
    char next = dateEnd < line.length() ? line.charAt(dateEnd) : ' ';
    boolean closes = next == '.' && Character.isDigit(line.charAt(dateEnd - 1))
        || next == ')' && quoted.chars().filter(c -> c == '(').count() > quoted.chars().filter(c -> c == ')').count();
    return closes ? quoted + next : quoted;
  }

  private static String trimSeparators(String text) {
    return text.replaceAll("[\\s,.:;|•·/–—-]+$", "").strip();
  }
}
