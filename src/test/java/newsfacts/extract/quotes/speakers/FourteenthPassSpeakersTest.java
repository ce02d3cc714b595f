package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Speakers, fourteenth pass, on invented sentences: a spokesman is never the person he speaks for;
 * "the government" is not whatever organisation was quoted before; a title word counts for a
 * person only from a mention before the nominal.
 */
class FourteenthPassSpeakersTest {
  private static final String BERG = "Tom/NNP@PERSON Berg/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.";
  private static final String BERG_DEPS = "compound(Berg-2, Tom-1) nsubj(toured-3, Berg-2) root(ROOT-0, toured-3)"
      + " det(harbour-5, the-4) obj(toured-3, harbour-5) punct(toured-3, .-6)";

  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  @Test
  void aSpokesmanIsNotThePersonHeSpeaksFor() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence("Premier/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON arrived/VBD=arrive ./.",
            "compound(Ruiz-3, Premier-1) compound(Ruiz-3, Ana-2) nsubj(arrived-4, Ruiz-3) root(ROOT-0, arrived-4) punct(arrived-4, .-5)")
        .sentence("Ruiz/NNP@PERSON will/MD sign/VB=sign the/DT deal/NN ,/, the/DT premier/NN@TITLE 's/POS spokesman/NN@TITLE"
            + " said/VBD=say ./.",
            "nsubj(sign-3, Ruiz-1) aux(sign-3, will-2) ccomp(said-11, sign-3) det(deal-5, the-4) obj(sign-3, deal-5)"
                + " punct(said-11, ,-6) det(premier-8, the-7) nmod:poss(spokesman-10, premier-8) case(premier-8, 's-9)"
                + " nsubj(said-11, spokesman-10) root(ROOT-0, said-11) punct(said-11, .-12)")
        .sentence("The/DT spokesman/NN@TITLE said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "det(spokesman-2, The-1) nsubj(said-3, spokesman-2) root(ROOT-0, said-3) det(talks-5, the-4)"
                + " nsubj(failed-6, talks-5) ccomp(said-3, failed-6) punct(said-3, .-7)")
        .build());
    assertTrue(has(found, "the premier's spokesman -> the premier's spokesman |", "sign the deal"), found.toString());
    assertTrue(found.stream().noneMatch(q -> q.contains("-> Ana Ruiz")), found.toString());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The spokesman -> the premier") && q.contains("the talks failed")),
        found.toString());
  }

  @Test
  void aSpokesmanIsNotTheSubjectJustBefore() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("The/DT spokesman/NN@TITLE said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "det(spokesman-2, The-1) nsubj(said-3, spokesman-2) root(ROOT-0, said-3) det(talks-5, the-4)"
                + " nsubj(failed-6, talks-5) ccomp(said-3, failed-6) punct(said-3, .-7)")
        .build());
    assertTrue(has(found, "The spokesman -> The spokesman |", "the talks failed"), found.toString());
  }

  @Test
  void theGovernmentIsNotTheLastOrganisationQuoted() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence("Kell/NNP@ORGANIZATION Media/NNP@ORGANIZATION said/VBD=say the/DT port/NN would/MD close/VB=close ./.",
            "compound(Media-2, Kell-1) nsubj(said-3, Media-2) root(ROOT-0, said-3) det(port-5, the-4) nsubj(close-7, port-5)"
                + " aux(close-7, would-6) ccomp(said-3, close-7) punct(said-3, .-8)")
        .sentence("The/DT government/NN said/VBD=say the/DT port/NN would/MD open/VB=open ./.",
            "det(government-2, The-1) nsubj(said-3, government-2) root(ROOT-0, said-3) det(port-5, the-4) nsubj(open-7, port-5)"
                + " aux(open-7, would-6) ccomp(said-3, open-7) punct(said-3, .-8)")
        .build());
    assertTrue(has(found, "Kell Media -> Kell Media |", "would close"), found.toString());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The government -> ") && q.contains("would open")
        && !q.contains("Kell Media")), found.toString());
  }

  @Test
  void aTitleWordAfterTheNominalGivesThePersonNoTitle() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet him/PRP ./.",
            "compound(Ruiz-2, Ana-1) nsubj(met-3, Ruiz-2) root(ROOT-0, met-3) obj(met-3, him-4) punct(met-3, .-5)")
        .sentence("The/DT secretary/NN@TITLE said/VBD=say Berg/NNP@PERSON would/MD lose/VB=lose ./.",
            "det(secretary-2, The-1) nsubj(said-3, secretary-2) root(ROOT-0, said-3) nsubj(lose-6, Berg-4)"
                + " aux(lose-6, would-5) ccomp(said-3, lose-6) punct(said-3, .-7)")
        .build());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The secretary -> ") && q.contains("would lose")
        && !q.contains("-> Tom Berg")), found.toString());
  }

  @Test
  void aBareTitleInAHeadlineIsThePersonIntroducedWithItLater() {
    String headline = "Finance/NNP minister/NN@TITLE defends/VBZ=defend tax/NN rise/NN";
    String headlineDeps = "compound(minister-2, Finance-1) nsubj(defends-3, minister-2) root(ROOT-0, defends-3)"
        + " compound(rise-5, tax-4) obj(defends-3, rise-5)";
    String body = "Finance/NNP@TITLE Minister/NNP@TITLE Olga/NNP@PERSON Brenn/NNP@PERSON said/VBD=say the/DT tax/NN"
        + " would/MD end/VB=end ./.";
    String bodyDeps = "compound(Brenn-4, Finance-1) compound(Brenn-4, Minister-2) compound(Brenn-4, Olga-3)"
        + " nsubj(said-5, Brenn-4) root(ROOT-0, said-5) det(tax-7, the-6) nsubj(end-9, tax-7) aux(end-9, would-8)"
        + " ccomp(said-5, end-9) punct(said-5, .-10)";
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence(headline, headlineDeps).sentence(body, bodyDeps).build());
    assertTrue(has(found, "Finance minister -> Olga Brenn |", "tax rise"), found.toString());
    // Two finance ministers later: the headline's is not told apart.
    String other = "Finance/NNP@TITLE Minister/NNP@TITLE Ivan/NNP@PERSON Petrov/NNP@PERSON said/VBD=say the/DT tax/NN"
        + " would/MD end/VB=end ./.";
    String otherDeps = bodyDeps.replace("Olga", "Ivan").replace("Brenn", "Petrov");
    List<String> two = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence(headline, headlineDeps).sentence(body, bodyDeps).sentence(other, otherDeps).build());
    assertTrue(has(two, "Finance minister -> Finance minister |", "tax rise"), two.toString());
  }

  @Test
  void theyIsTheMainClausesGroupNotOneInsideWhatItSaid() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence("Critics/NNS=critic say/VBP=say that/IN voters/NNS=voter feel/VBP=feel ignored/JJ ./.",
            "nsubj(say-2, Critics-1) root(ROOT-0, say-2) mark(feel-5, that-3) nsubj(feel-5, voters-4) ccomp(say-2, feel-5)"
                + " xcomp(feel-5, ignored-6) punct(say-2, .-7)")
        .sentence("They/PRP said/VBD=say the/DT plan/NN failed/VBD=fail ./.",
            "nsubj(said-2, They-1) root(ROOT-0, said-2) det(plan-4, the-3) nsubj(failed-5, plan-4) ccomp(said-2, failed-5)"
                + " punct(said-2, .-6)")
        .build());
    assertTrue(has(found, "They -> Critics |", "the plan failed"), found.toString());
  }

  @Test
  void aRoleNounInAppositionIntroducesTheNameAfterIt() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence("The/DT bloc/NN 's/POS chief/NN@TITLE ,/, the/DT Freedonian/JJ@NATIONALITY economist/NN@TITLE Ana/NNP@PERSON"
            + " Ruiz/NNP@PERSON ,/, said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "det(bloc-2, The-1) nmod:poss(chief-4, bloc-2) case(bloc-2, 's-3) nsubj(said-12, chief-4) punct(chief-4, ,-5)"
                + " det(economist-8, the-6) amod(economist-8, Freedonian-7) appos(chief-4, economist-8) compound(Ruiz-10, Ana-9)"
                + " dep(economist-8, Ruiz-10) punct(chief-4, ,-11) root(ROOT-0, said-12) det(talks-14, the-13)"
                + " nsubj(failed-15, talks-14) ccomp(said-12, failed-15) punct(said-12, .-16)")
        .build());
    assertTrue(found.stream().anyMatch(q -> q.contains("-> Ana Ruiz |") && q.contains("the talks failed")), found.toString());
  }

  @Test
  void aNameRightAfterTheRoleNounIsThePerson() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("The/DT Harbour/NNP@ORGANIZATION Post/NNP@ORGANIZATION columnist/NN@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " wrote/VBD=write that/IN the/DT plan/NN failed/VBD=fail ./.",
            "det(columnist-4, The-1) compound(Post-3, Harbour-2) compound(columnist-4, Post-3) nsubj(wrote-7, columnist-4)"
                + " compound(Ruiz-6, Ana-5) dep(wrote-7, Ruiz-6) root(ROOT-0, wrote-7) mark(failed-11, that-8) det(plan-10, the-9)"
                + " nsubj(failed-11, plan-10) ccomp(wrote-7, failed-11) punct(wrote-7, .-12)")
        .build());
    assertTrue(found.stream().anyMatch(q -> q.contains("-> Ana Ruiz |") && q.contains("the plan failed")), found.toString());
  }

  @Test
  void theNounOfAnUnnamedPersonJustIntroducedStaysUnnamed() {
    List<String> found = SpokenQuotes.described(Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON was/VBD=be greeted/VBN=greet by/IN an/DT organizer/NN@TITLE ./.",
            "compound(Berg-2, Tom-1) nsubj:pass(greeted-4, Berg-2) aux:pass(greeted-4, was-3) root(ROOT-0, greeted-4)"
                + " case(organizer-7, by-5) det(organizer-7, an-6) obl:agent(greeted-4, organizer-7) punct(greeted-4, .-8)")
        .sentence("The/DT organizer/NN@TITLE said/VBD=say the/DT rally/NN would/MD start/VB=start ./.",
            "det(organizer-2, The-1) nsubj(said-3, organizer-2) root(ROOT-0, said-3) det(rally-5, the-4) nsubj(start-7, rally-5)"
                + " aux(start-7, would-6) ccomp(said-3, start-7) punct(said-3, .-8)")
        .build());
    assertTrue(has(found, "The organizer -> The organizer |", "the rally would start"), found.toString());
  }
}
