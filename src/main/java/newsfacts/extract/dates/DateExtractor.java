package newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsfacts.extract.DateWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.Timex;

/**
 * Time expressions as the annotator anchored them, brought to the TempEval-3 conventions of the
 * annotation scheme: a split timestamp joined, "March 3-4" and "May 2 to 3" as two dates,
 * "the past decade" as a duration, "five years ago" at year granularity, and no years that belong
 * to a name, no copyright ranges, no adjectival "future" or lone "time" (values: ValueConventions).
 */
public final class DateExtractor {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private final DateRanges ranges;
  private final HalfUnits halves;
  private final ValuelessDates valueless;
  private final ValueConventions conventions;
  private final SpanFilters filters;
  private final MonthNouns monthNouns;
  private final YearlessDates yearless;
  private final PartialDocDate partial;
  private final FiscalPhrases fiscal;
  private final RatePhrases rates;
  private final PartOfPeriod parts;
  private final PrefixedPeriods prefixed;
  private final PeriodEnds periodEnds;
  private final StoryReferences storyReferences;
  private final ApproximateExtents approximate;
  private final ValuelessParts valuelessParts;
  private final NeighbourWords neighbours;
  private final TermPhrases terms;
  private final RuleHolidays ruleHolidays;
  private final PluralWeekdays pluralWeekdays;
  private final VagueAgo vagueAgo;
  private final WrittenRanges writtenRanges;
  private final EdgeWords edges;
  private final TextDayRanges textRanges;
  private final RangePartners partners;
  private final PostposedWeekdays postposed;
  private final QuantifiedUnits quantified;
  private final DeterminedSeasons seasons;
  private final EmptyFragments fragments;
  private final OrdinalMonthDays ordinalDays;
  private final DateWords words;

  public DateExtractor(DateWords words) {
    this.ranges = new DateRanges(words);
    this.conventions = new ValueConventions(words);
    this.filters = new SpanFilters(words);
    this.yearless = new YearlessDates(words);
    this.valueless = new ValuelessDates(words);
    this.halves = new HalfUnits(words);
    this.partial = new PartialDocDate(words);
    this.fiscal = new FiscalPhrases(words);
    this.rates = new RatePhrases(words);
    this.parts = new PartOfPeriod(words);
    this.prefixed = new PrefixedPeriods(words);
    this.periodEnds = new PeriodEnds(words);
    this.storyReferences = new StoryReferences(words);
    this.approximate = new ApproximateExtents(words);
    this.valuelessParts = new ValuelessParts(words);
    this.neighbours = new NeighbourWords(words);
    this.terms = new TermPhrases(words);
    this.ruleHolidays = new RuleHolidays(words);
    this.pluralWeekdays = new PluralWeekdays(words);
    this.monthNouns = new MonthNouns(words);
    this.vagueAgo = new VagueAgo(words);
    this.writtenRanges = new WrittenRanges(words);
    this.edges = new EdgeWords(words);
    this.textRanges = new TextDayRanges(words);
    this.partners = new RangePartners(words);
    this.postposed = new PostposedWeekdays(words);
    this.quantified = new QuantifiedUnits(words);
    this.seasons = new DeterminedSeasons(words);
    this.fragments = new EmptyFragments(words);
    this.ordinalDays = new OrdinalMonthDays(words);
    this.words = words;
  }

  public List<Timex> extract(AnnotatedArticle doc, List<EntityMention> entities) {
    String text = doc.text();
    List<Timex> dates = new ArrayList<>();
    NameSpans names = new NameSpans(entities);
    StoryTime story = doc.docDate().isFullDate() ? new StoryTime(words, LocalDate.parse(doc.docDate().value())) : null;
    List<Timex> pieces = MonthDayPieces.join(text, edges.trim(doc, doc.timexes()));
    List<Timex> joined = WireClocks.read(doc, halves.join(text, textRanges.split(text, ranges.join(text, pieces))));
    List<Timex> added = ordinalDays.add(doc, writtenRanges.add(doc, SpelledDecades.add(doc,
        ruleHolidays.add(doc, storyReferences.add(doc, periodEnds.add(doc, prefixed.add(doc, fiscal.add(doc, joined))))))));
    for (Timex t : postposed.read(doc, neighbours.extend(text, terms.add(doc, added))).stream()
        .flatMap(whole -> monthNouns.read(doc, whole).stream()).toList()) {
      if (names.contain(t.span()) || followsName(text, t, names) || isCopyright(text, t) || filters.isNotAnnotated(doc, t)) {
        continue;
      }
      for (Timex part : CommaOffsets.split(text, t).stream().flatMap(c -> parts.split(text, c, doc.docDate()).stream())
          .flatMap(whole -> valuelessParts.split(text, whole, doc.docDate()).stream()).toList()) {
        for (Timex n : conventions.apply(part)) {
          n = rates.read(doc, fiscal.yearByItsEnd(text, valueless.read(text, YearHalves.read(text, n), doc.docDate())));
          Timex anchored = OrdinalDays.read(doc, yearless.anchor(doc, partial.anchor(doc.docDate(), vagueAgo.read(n))));
          dates.add(MonthQuarters.read(text, story == null ? anchored : story.read(doc, anchored)));
        }
      }
    }
    List<Timex> extents = quantified.extend(doc, seasons.extend(doc, dates));
    return fragments.drop(partners.align(text, pluralWeekdays.read(text, approximate.extend(text, doc.docDate(), extents))));
  }

  /** "Operation Dawn 2019": a year right after an event name is part of it. */
  private static boolean followsName(String text, Timex t, NameSpans names) {
    int space = t.span().begin() - 1;
    return YEAR.matcher(t.text()).matches() && space >= 0 && names.miscEndsAt(space) && text.charAt(space) == ' ';
  }

  private boolean isCopyright(String text, Timex t) {
    String before = text.substring(Math.max(0, t.span().begin() - 12), t.span().begin()).toLowerCase(Locale.ROOT);
    return words.copyrightMarkers().stream().anyMatch(before::contains);
  }
}
