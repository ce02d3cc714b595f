package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * The extraction rules on invented news sentences (none from the seed articles), through the
 * real CoreNLP pipeline: they must carry to text the rules were not written against.
 */
class ExtractionRulesIT {

  @Test
  void trailingAttributionWithPronounResolvedToTheLastPerson() {
    Document r = SharedAnnotator.run(
        "Maria Lopez, a spokeswoman for Northwind Airlines, said the carrier would add ten routes.\n\n"
            + "Fuel costs have fallen sharply this year, she said.", "2019-03-14");
    List<Quote> quotes = r.quotes();
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("the carrier would add ten routes", quotes.get(0).text());
    assertEquals("Maria Lopez", quotes.get(0).speaker());
    assertEquals("Fuel costs have fallen sharply this year", quotes.get(1).text());
    assertEquals("she", quotes.get(1).speakerText());
    assertEquals("Maria Lopez", quotes.get(1).speaker());
    assertTrue(r.relations().stream().anyMatch(rel -> rel.subject().equals("Maria Lopez")
        && rel.relation() == RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF && rel.object().equals("Northwind Airlines")),
        r.relations().toString());
  }

  @Test
  void directQuoteAndCoinedTermInQuotationMarks() {
    Document r = SharedAnnotator.run(
        "\"We will not raise taxes this year,\" Finance Minister Tomas Berg told parliament.\n\n"
            + "The programme, dubbed \"Green Bridge\", starts in May.", "2020-02-03");
    List<Quote> quotes = r.quotes();
    assertEquals(1, quotes.size(), quotes.toString());
    Quote q = quotes.get(0);
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("\"We will not raise taxes this year,\"", q.text());
    assertEquals("Tomas Berg", q.speaker());
    assertTrue(r.relations().stream().anyMatch(rel -> rel.relation() == RelationSlot.PER_TITLE
        && rel.object().equals("Finance Minister")), r.relations().toString());
  }

  @Test
  void accordingToAndInvertedAttribution() {
    Document r = SharedAnnotator.run(
        "According to the World Health Organization, cases rose by a third in March.\n\n"
            + "Hospitals are under strain, said the health minister.", "2021-04-02");
    List<Quote> quotes = r.quotes();
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("cases rose by a third in March", quotes.get(0).text());
    assertEquals("World Health Organization", quotes.get(0).speaker());
    assertEquals("according to", quotes.get(0).cue().toLowerCase());
    assertEquals("Hospitals are under strain", quotes.get(1).text());
    assertEquals("the health minister", quotes.get(1).speakerText());
  }

  @Test
  void relativeDatesAreAnchoredToTheArticleDate() {
    // 2019-03-14 is a Thursday: "on Monday" in past narrative is 2019-03-11.
    Document r = SharedAnnotator.run("The council met on Monday and will vote next month.", "2019-03-14");
    List<String> values = r.dates().stream().map(Timex::value).toList();
    assertTrue(values.contains("2019-03-11"), values.toString());
    assertTrue(values.contains("2019-04"), values.toString());
  }

  @Test
  void membersAndFoundingOfAnOrganisation() {
    Document r = SharedAnnotator.run(
        "The Andean Trade Council (ATC), which groups Peru, Chile and Bolivia, was founded in Lima in 1998.",
        "2015-06-01");
    List<String> facts = r.relations().stream().map(x -> x.relation().writtenName()).sorted().toList();
    assertEquals(3, r.relations().stream().filter(x -> x.relation() == RelationSlot.ORG_MEMBER_OF).count(), facts.toString());
    assertTrue(r.relations().stream().anyMatch(x -> x.relation() == RelationSlot.ORG_ALTERNATE_NAMES && x.object().equals("ATC")),
        facts.toString());
    assertTrue(r.relations().stream().anyMatch(x -> x.relation() == RelationSlot.ORG_DATE_FOUNDED && x.object().equals("1998")),
        facts.toString());
  }

  @Test
  void namedDocumentsEventsAndCitiesOfCountries() {
    Document r = SharedAnnotator.run(
        "Ministers met in Tartu, Estonia, on the eve of the Riga Energy Forum.\n\n"
            + "They signed the Baltic Convention on Grid Security, Storage and Supply last year.\n\n"
            + "The Annual Report on Northern Europe (2020) praised the deal.", "2021-05-05");
    List<String> names = r.entities().stream()
        .map(e -> e.text() + "/" + e.type() + "/" + e.subtype().map(Enum::name).orElse("")).toList();
    assertTrue(names.contains("Tartu/LOCATION/CITY"), names.toString());
    assertTrue(names.contains("Baltic Convention on Grid Security, Storage and Supply/MISC/"), names.toString());
    assertTrue(names.contains("Annual Report on Northern Europe (2020)/MISC/"), names.toString());
    assertTrue(r.dates().stream().noneMatch(d -> d.text().equals("2020")), r.dates().toString());
  }

  @Test
  void aTitleCaseHeadlineIsNotOneLongName() {
    Document r = SharedAnnotator.run(
        "Government Unveils Energy Strategy For Next Decade\n\nOSLO - The cabinet approved the plan on Monday.",
        "2022-09-07");
    assertTrue(r.entities().stream().noneMatch(e -> e.text().contains("Strategy")), r.entities().toString());
  }

  @Test
  void headquartersMembersAndTitlesBeforeAName() {
    Document r = SharedAnnotator.run(
        "The Nordic Grid Council (NGC), whose members include Norway, Sweden and the Faroe Islands, "
            + "is headquartered in Oslo.\n\n"
            + "The council's chief engineer, Lars Holm, said the link would open in May.", "2023-02-01");
    List<String> facts = r.relations().stream().map(x -> x.subject() + " | " + x.relation() + " | " + x.object()).toList();
    assertTrue(facts.contains("Nordic Grid Council | org:city_of_headquarters | Oslo"), facts.toString());
    assertTrue(facts.contains("Norway | org:member_of | Nordic Grid Council"), facts.toString());
    assertTrue(facts.contains("Sweden | org:member_of | Nordic Grid Council"), facts.toString());
    assertTrue(facts.contains("Nordic Grid Council | org:alternate_names | NGC"), facts.toString());
    assertEquals("Lars Holm", r.quotes().get(0).speaker(), r.quotes().toString());
  }
}
