package newsfacts.extract.entities;

import newsfacts.model.NerTag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.NerMention;
import org.junit.jupiter.api.Test;

/** The entities step on hand-built articles: type mapping, repairs of tagger faults, linking. */
class EntitiesStepTest {
  private static final EntitiesStep STEP = new EntitiesStep(Docs.lexicon());

  private static List<EntityMention> entities(AnnotatedArticle article) {
    return STEP.apply(Document.of(article)).entities();
  }

  /** Each mention as "text/TYPE/subtype". */
  private static List<String> typed(AnnotatedArticle article) {
    return entities(article).stream().map(e -> e.text() + "/" + e.type() + "/" + e.subtype().map(Enum::name).orElse("")).toList();
  }

  /** Each mention as "text -> canonical". */
  private static List<String> linked(AnnotatedArticle article) {
    return entities(article).stream().map(e -> e.text() + " -> " + e.canonical()).toList();
  }

  @Test
  void fineTagsMapToTheSchemeTypesAndSubtypesAndTheRestIsDropped() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Foreign/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON of/IN"
            + " the/DT Tidewater/NNP@ORGANIZATION Bank/NNP@ORGANIZATION met/VBD=meet three/CD@NUMBER"
            + " Freedonian/JJ@NATIONALITY traders/NNS=trader at/IN Harbour/NNP@LOCATION Airport/NNP@LOCATION"
            + " in/IN Port/NNP@CITY Ellis/NNP@CITY ,/, Lakeland/NNP@STATE_OR_PROVINCE ,/, Ruritania/NNP@COUNTRY ,/,"
            + " near/IN the/DT Saltmarsh/NNP@LOCATION on/IN Tuesday/NNP@DATE ./.")
        .build();
    assertEquals(List.of("Ana Ruiz/PERSON/", "Tidewater Bank/ORGANIZATION/", "Freedonian/NATIONALITY/",
        "Harbour Airport/LOCATION/FACILITY", "Port Ellis/LOCATION/CITY", "Lakeland/LOCATION/STATE_OR_PROVINCE",
        "Ruritania/LOCATION/COUNTRY", "Saltmarsh/LOCATION/REGION"), typed(a));
  }

  @Test
  void aDirectionWordSplitOffARegionIsJoinedToIt() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Trade/NN in/IN Central/NNP@LOCATION Asia/NNP@CITY and/CC Southern/JJ Europe/NNP@LOCATION"
            + " grew/VBD=grow ,/, but/CC North/NNP@LOCATION lagged/VBD=lag ./.")
        .build();
    assertEquals(List.of("Central Asia/LOCATION/REGION", "Southern Europe/LOCATION/REGION"), typed(a));
  }

  @Test
  void regionalAdjectivesAndLowerCaseEdgesAreNotNames() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("East/NNP Freedonian/JJ@NATIONALITY and/CC Asian/JJ@NATIONALITY firms/NNS=firm left/VBD=leave"
            + " Lakeland/NNP@STATE_OR_PROVINCE province/NN@STATE_OR_PROVINCE ./.")
        .build();
    assertEquals(List.of("Lakeland/LOCATION/STATE_OR_PROVINCE"), typed(a));
  }

  @Test
  void fullNameBeforeAnAcronymInParenthesesIsOneOrganisationAndTheAcronymJoinsIt() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT Northwind/NNP@ORGANIZATION Freight/NNP@ORGANIZATION Alliance/NNP (/-LRB-"
            + " NFA/NNP@ORGANIZATION )/-RRB- opened/VBD=open ./.")
        .sentence("NFA/NNP@MISC hired/VBD=hire staff/NN ./.")
        .sentence("Later/RB ,/, NFA/NNP grew/VBD=grow ./.")
        .build();
    assertEquals(List.of("Northwind Freight Alliance/ORGANIZATION/", "NFA/ORGANIZATION/", "NFA/ORGANIZATION/",
        "NFA/ORGANIZATION/"), typed(a));
    assertEquals(List.of("Northwind Freight Alliance -> Northwind Freight Alliance",
        "NFA -> Northwind Freight Alliance", "NFA -> Northwind Freight Alliance", "NFA -> Northwind Freight Alliance"),
        linked(a));
  }

  @Test
  void anUntaggedNameWithToBeforeItsAcronymIsOneOrganisation() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("The/DT organizer/NN Campaign/NNP to/TO Save/NNP Coastal/NNP Ferries/NNPS (/-LRB- CSCF/NNP )/-RRB-"
            + " met/VBD=meet ./.")
        .sentence("CSCF/NNP grew/VBD=grow ./.")
        .build();
    assertEquals(List.of("Campaign to Save Coastal Ferries -> Campaign to Save Coastal Ferries",
        "CSCF -> Campaign to Save Coastal Ferries", "CSCF -> Campaign to Save Coastal Ferries"), linked(a));
  }

  @Test
  void aPartialPersonNameJoinsTheFullNameAndIsAPersonWhateverItsTag() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Maria/NNP@PERSON Lopez/NNP@PERSON and/CC Tom/NNP@PERSON Hale/NNP@PERSON met/VBD=meet ./.")
        .sentence("Lopez/NNP@ORGANIZATION spoke/VBD=speak first/RB ,/, then/RB Hale/NNP@PERSON ./.")
        .build();
    assertEquals(List.of("Maria Lopez -> Maria Lopez", "Tom Hale -> Tom Hale", "Lopez -> Maria Lopez",
        "Hale -> Tom Hale"), linked(a));
    assertEquals("PERSON", entities(a).get(2).type().name());
  }

  @Test
  void oneSurfaceStringTakesTheTypeItHasMostOften() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Brightwater/NNP@ORGANIZATION hired/VBD=hire Brightwater/NNP@PERSON staff/NN ./.")
        .sentence("Brightwater/NNP@ORGANIZATION grew/VBD=grow ./.")
        .build();
    assertEquals(List.of("Brightwater/ORGANIZATION/", "Brightwater/ORGANIZATION/", "Brightwater/ORGANIZATION/"),
        typed(a));
  }

  @Test
  void namedEventsAreMiscAndAPlaceNamedWithItsCountryIsACity() {
    AnnotatedArticle a = Docs.article("2021-05-05")
        .sentence("Ministers/NNS=minister met/VBD=meet in/IN Velmora/NNP@LOCATION ,/, Ruritania/NNP@COUNTRY ,/,"
            + " before/IN the/DT Harbour/NNP@ORGANIZATION Energy/NNP@ORGANIZATION Forum/NNP@ORGANIZATION ./.")
        .build();
    assertEquals(List.of("Velmora/LOCATION/CITY", "Ruritania/LOCATION/COUNTRY", "Harbour Energy Forum/MISC/"),
        typed(a));
  }

  @Test
  void overlappingAndOutOfOrderTaggerMentionsDoNotCrashExtraction() {
    AnnotatedArticle tagged = Docs.article("2021-05-05")
        .sentence("Central/NNP Asia/NNP and/CC Ruritania/NNP traded/VBD=trade ./.")
        .build();
    String text = tagged.text();
    List<NerMention> mentions = new ArrayList<>();
    mentions.add(new NerMention(new CharSpan(17, 26), "Ruritania", NerTag.COUNTRY, 0));
    mentions.add(new NerMention(new CharSpan(0, 12), "Central Asia", NerTag.LOCATION, 0));
    mentions.add(new NerMention(new CharSpan(8, 12), "Asia", NerTag.CITY, 0));
    mentions.add(new NerMention(new CharSpan(17, 26), "Ruritania", NerTag.COUNTRY, 0));
    mentions.add(new NerMention(new CharSpan(0, 7), "Central", NerTag.LOCATION, 0));
    for (NerMention m : mentions) {
      assertEquals(m.text(), m.span().of(text));
    }
    AnnotatedArticle a = new AnnotatedArticle(tagged.article(), tagged.sentences(), mentions, tagged.timexes());
    assertEquals(List.of("Central Asia/LOCATION/REGION", "Ruritania/LOCATION/COUNTRY"), typed(a));
  }
}
