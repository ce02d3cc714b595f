package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.Step;
import newsfacts.extract.dates.DatesStep;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Relation;
import org.junit.jupiter.api.Test;

/** The relations step on hand-built articles, after the entities and dates steps it reads. */
class RelationsStepTest {
  private static final List<Step> BEFORE = List.of(new EntitiesStep(Docs.lexicon()), new DatesStep(Docs.lexicon()));
  private static final RelationsStep STEP = new RelationsStep(Docs.lexicon());

  private static List<Relation> relations(AnnotatedArticle article) {
    Document document = Document.of(article);
    for (Step step : BEFORE) {
      document = step.apply(document);
    }
    return STEP.apply(document).relations();
  }

  /** Each relation as "subject | relation | object | extractor". */
  private static List<String> facts(AnnotatedArticle article) {
    return relations(article).stream()
        .map(r -> r.subject() + " | " + r.relation() + " | " + r.object() + " | " + r.extractor()).toList();
  }

  @Test
  void aTitleBeforeANameGivesTheTitleAndTheEmployerNamedBeforeIt() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Ruritania/NNP@COUNTRY 's/POS Foreign/NNP@TITLE Minister/NNP@TITLE Ivo/NNP@PERSON Marek/NNP@PERSON"
            + " arrived/VBD=arrive ./.")
        .sentence("Norwegian/JJ@NATIONALITY Trade/NNP@TITLE Minister/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " met/VBD=meet Secretary-General/NNP@TITLE of/IN the/DT Tidewater/NNP@ORGANIZATION"
            + " Council/NNP@ORGANIZATION Tom/NNP@PERSON Hale/NNP@PERSON ./.")
        .build();
    assertEquals(List.of(
        "Ivo Marek | per:title | Foreign Minister | title-premodifier",
        "Ivo Marek | per:employee_or_member_of | Ruritania | title-premodifier",
        "Ana Ruiz | per:title | Trade Minister | title-premodifier",
        "Ana Ruiz | per:employee_or_member_of | Norway | title-premodifier",
        "Tom Hale | per:title | Secretary-General | title-premodifier",
        "Tom Hale | per:employee_or_member_of | Tidewater Council | title-premodifier"), facts(a));
  }

  @Test
  void anAppositionAfterANameGivesTheTitleAndTheEmployer() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Maria/NNP@PERSON Lopez/NNP@PERSON ,/, a/DT spokeswoman/NN@TITLE for/IN Northwind/NNP@ORGANIZATION"
            + " Airlines/NNPS@ORGANIZATION ,/, said/VBD=say that/IN fares/NNS=fare would/MD rise/VB=rise ./.")
        .build();
    assertEquals(List.of(
        "Maria Lopez | per:title | spokeswoman | title-apposition",
        "Maria Lopez | per:employee_or_member_of | Northwind Airlines | title-apposition"), facts(a));
  }

  @Test
  void countriesListedAfterAMembershipWordAreMembersOfTheOrganisationBeforeIt() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Coral/NNP@ORGANIZATION Sea/NNP@ORGANIZATION Council/NNP@ORGANIZATION ,/, which/WDT"
            + " groups/VBZ=group Fiji/NNP@COUNTRY ,/, Tonga/NNP@COUNTRY and/CC Samoa/NNP@COUNTRY ,/,"
            + " met/VBD=meet ./.")
        .sentence("Palau/NNP@COUNTRY and/CC Nauru/NNP@COUNTRY have/VBP=have observer/NN status/NN ./.")
        .build();
    assertEquals(List.of(
        "Fiji | org:member_of | Coral Sea Council | member-list",
        "Tonga | org:member_of | Coral Sea Council | member-list",
        "Samoa | org:member_of | Coral Sea Council | member-list",
        "Palau | org:observer_of | Coral Sea Council | observer-list",
        "Nauru | org:observer_of | Coral Sea Council | observer-list"), facts(a));
  }

  @Test
  void aPassiveFoundingGivesDateCityAndFounders() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Coral/NNP@ORGANIZATION Sea/NNP@ORGANIZATION Council/NNP@ORGANIZATION was/VBD=be"
            + " founded/VBN=found in/IN Suva/NNP@CITY in/IN 1998/CD@DATE by/IN Fiji/NNP@COUNTRY and/CC"
            + " Tonga/NNP@COUNTRY ./.")
        .timex("1998", "DATE", "1998")
        .build();
    assertEquals(List.of(
        "Coral Sea Council | org:date_founded | 1998 | founding",
        "Coral Sea Council | org:city_of_founding | Suva | founding",
        "Coral Sea Council | org:founded_by | Fiji | founding",
        "Coral Sea Council | org:founded_by | Tonga | founding"), facts(a));
  }

  @Test
  void anOrganisationThatHasEstablishedSomethingWasNotFoundedThen() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Coral/NNP@ORGANIZATION Sea/NNP@ORGANIZATION Council/NNP@ORGANIZATION has/VBZ=have"
            + " established/VBN=establish a/DT reef/NN fund/NN in/IN Suva/NNP@CITY in/IN 2001/CD@DATE ./.")
        .timex("2001", "DATE", "2001")
        .build();
    assertEquals(List.of(), facts(a));
  }

  @Test
  void headquarteredInACityAndBasedInACountry() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Coral/NNP@ORGANIZATION Sea/NNP@ORGANIZATION Council/NNP@ORGANIZATION is/VBZ=be"
            + " headquartered/VBN=headquarter in/IN Suva/NNP@CITY ./.")
        .sentence("Reef/NNP@ORGANIZATION Watch/NNP@ORGANIZATION ,/, based/VBN=base in/IN Fiji/NNP@COUNTRY ,/,"
            + " agreed/VBD=agree ./.")
        .build();
    assertEquals(List.of(
        "Coral Sea Council | org:city_of_headquarters | Suva | headquarters",
        "Reef Watch | org:country_of_headquarters | Fiji | headquarters"), facts(a));
  }

  @Test
  void anAcronymIsAnAlternateNameOfTheNameItAbbreviatesWithTheSentenceOfTheSecondFormAsEvidence() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Coral/NNP@ORGANIZATION Sea/NNP@ORGANIZATION Council/NNP@ORGANIZATION met/VBD=meet ./.")
        .sentence("The/DT CSC/NNP@ORGANIZATION agreed/VBD=agree ./.")
        .build();
    List<Relation> relations = relations(a);
    assertEquals(List.of("Coral Sea Council | org:alternate_names | CSC | acronym"), facts(a));
    assertEquals("The CSC agreed.", relations.get(0).evidence().of(a.text()));
  }

  @Test
  void aBylineMakesItsWritersEmployeesOfTheOrganisationInParentheses() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("By/IN Anna/NNP@PERSON Berg/NNP@PERSON and/CC Tom/NNP@PERSON Hale/NNP@PERSON (/-LRB-"
            + " Harbour/NNP@ORGANIZATION Times/NNP@ORGANIZATION )/-RRB-")
        .build();
    assertEquals(List.of(
        "Anna Berg | per:employee_or_member_of | Harbour Times | byline",
        "Tom Hale | per:employee_or_member_of | Harbour Times | byline"), facts(a));
  }
}
