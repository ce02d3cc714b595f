package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, thirteenth pass, on invented sentences: an organisation named in apposition to a
 * nominal is its speaker; a role nominal naming a nation goes to the person whose title names it;
 * a title nominal in the lede takes the person the next sentence names; a statement released by a
 * ministry is the ministry's.
 */
class ThirteenthPassSpeakersTest {
  private static final String BERG = "Tom/NNP@PERSON Berg/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.";
  private static final String BERG_DEPS = "compound(Berg-2, Tom-1) nsubj(toured-3, Berg-2) root(ROOT-0, toured-3)"
      + " det(harbour-5, the-4) obj(toured-3, harbour-5) punct(toured-3, .-6)";
  private static final String SAID_FAILED = " nsubj(said-5, minister-4) root(ROOT-0, said-5) det(talks-7, the-6)"
      + " nsubj(failed-8, talks-7) ccomp(said-5, failed-8) punct(said-5, .-9)";

  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.described(article);
  }

  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  /** "{demonym} Foreign Minister {first} {last} arrived ." with its parse. */
  private static String[] minister(String demonym, String first, String last) {
    return new String[] {demonym + "/JJ@NATIONALITY Foreign/NNP@TITLE Minister/NNP@TITLE " + first + "/NNP@PERSON "
        + last + "/NNP@PERSON arrived/VBD=arrive ./.",
        "amod(" + last + "-5, " + demonym + "-1) compound(" + last + "-5, Foreign-2) compound(" + last + "-5, Minister-3)"
            + " compound(" + last + "-5, " + first + "-4) nsubj(arrived-6, " + last + "-5) root(ROOT-0, arrived-6)"
            + " punct(arrived-6, .-7)"};
  }

  @Test
  void anOrganisationInAppositionIsTheSpeakerNotTheLastPerson() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("The/DT builder/NN@TITLE ,/, Kell/NNP@ORGANIZATION Estates/NNPS@ORGANIZATION ,/, said/VBD=say it/PRP"
            + " held/VBD=hold talks/NNS=talk ./.",
            "det(builder-2, The-1) nsubj(said-7, builder-2) punct(builder-2, ,-3) compound(Estates-5, Kell-4)"
                + " appos(builder-2, Estates-5) punct(builder-2, ,-6) root(ROOT-0, said-7) nsubj(held-9, it-8)"
                + " ccomp(said-7, held-9) obj(held-9, talks-10) punct(said-7, .-11)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "The builder -> Kell Estates |", "held talks"), found.toString());
    AnnotatedArticle b = Docs.article("2019-03-14")
        .sentence(BERG, BERG_DEPS)
        .sentence("The/DT minister/NN@TITLE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, said/VBD=say it/PRP"
            + " held/VBD=hold talks/NNS=talk ./.",
            "det(minister-2, The-1) nsubj(said-7, minister-2) punct(minister-2, ,-3) compound(Ruiz-5, Ana-4)"
                + " appos(minister-2, Ruiz-5) punct(minister-2, ,-6) root(ROOT-0, said-7) nsubj(held-9, it-8)"
                + " ccomp(said-7, held-9) obj(held-9, talks-10) punct(said-7, .-11)")
        .build();
    List<String> named = quotes(b);
    assertTrue(named.stream().anyMatch(q -> q.contains("-> Ana Ruiz |") && q.contains("held talks")), named.toString());
  }

  @Test
  void aRoleNominalNamingANationGoesToThatNationsMinister() {
    String[] ruiz = minister("Freedonian", "Ana", "Ruiz");
    String[] hale = minister("Ostravian", "Tom", "Hale");
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(ruiz[0], ruiz[1])
        .sentence(hale[0], hale[1])
        .sentence("Freedonia/NNP@COUNTRY 's/POS foreign/JJ minister/NN@TITLE said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "nmod:poss(minister-4, Freedonia-1) case(Freedonia-1, 's-2) amod(minister-4, foreign-3)" + SAID_FAILED)
        .sentence("The/DT Ostravian/JJ@NATIONALITY minister/NN@TITLE said/VBD=say the/DT talks/NNS=talk went/VBD=go well/RB ./.",
            "det(minister-3, The-1) amod(minister-3, Ostravian-2) nsubj(said-4, minister-3) root(ROOT-0, said-4)"
                + " det(talks-6, the-5) nsubj(went-7, talks-6) ccomp(said-4, went-7) advmod(went-7, well-8) punct(said-4, .-9)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Freedonia's foreign minister -> Ana Ruiz |", "the talks failed"), found.toString());
    assertTrue(has(found, "The Ostravian minister -> Tom Hale |", "the talks went well"), found.toString());
  }

  @Test
  void aTitleWrittenWithACapitalAfterTheIsTheRoleNominal() {
    String[] ruiz = minister("Freedonian", "Ana", "Ruiz");
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence(ruiz[0], ruiz[1])
        .sentence("The/DT Minister/NNP@TITLE said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "det(Minister-2, The-1) nsubj(said-3, Minister-2) root(ROOT-0, said-3) det(talks-5, the-4)"
                + " nsubj(failed-6, talks-5) ccomp(said-3, failed-6) punct(said-3, .-7)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "The Minister -> Ana Ruiz |", "the talks failed"), found.toString());
  }

  @Test
  void aNationInTheAppositionOfAnEarlierPersonCounts() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, Freedonia/NNP@COUNTRY 's/POS foreign/JJ minister/NN@TITLE ,/, arrived/VBD=arrive ./.",
            "compound(Ruiz-2, Ana-1) nsubj(arrived-9, Ruiz-2) punct(Ruiz-2, ,-3) nmod:poss(minister-7, Freedonia-4)"
                + " case(Freedonia-4, 's-5) amod(minister-7, foreign-6) appos(Ruiz-2, minister-7) punct(Ruiz-2, ,-8)"
                + " root(ROOT-0, arrived-9) punct(arrived-9, .-10)")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON ,/, the/DT foreign/JJ minister/NN@TITLE of/IN Ostravia/NNP@COUNTRY ,/,"
            + " arrived/VBD=arrive ./.",
            "compound(Hale-2, Tom-1) nsubj(arrived-10, Hale-2) punct(Hale-2, ,-3) det(minister-6, the-4) amod(minister-6, foreign-5)"
                + " appos(Hale-2, minister-6) case(Ostravia-8, of-7) nmod(minister-6, Ostravia-8) punct(Hale-2, ,-9)"
                + " root(ROOT-0, arrived-10) punct(arrived-10, .-11)")
        .sentence("The/DT Freedonian/JJ@NATIONALITY minister/NN@TITLE said/VBD=say the/DT talks/NNS=talk failed/VBD=fail ./.",
            "det(minister-3, The-1) amod(minister-3, Freedonian-2) nsubj(said-4, minister-3) root(ROOT-0, said-4)"
                + " det(talks-6, the-5) nsubj(failed-7, talks-6) ccomp(said-4, failed-7) punct(said-4, .-8)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "The Freedonian minister -> Ana Ruiz |", "the talks failed"), found.toString());
  }

  @Test
  void aTitleNominalInTheLedeIsThePersonTheNextSentenceNames() {
    String leader = "The/DT leader/NN@TITLE of/IN the/DT opposition/NN said/VBD=say the/DT budget/NN would/MD fail/VB=fail ./.";
    String leaderDeps = "det(leader-2, The-1) nsubj(said-6, leader-2) case(opposition-5, of-3) det(opposition-5, the-4)"
        + " nmod(leader-2, opposition-5) root(ROOT-0, said-6) det(budget-8, the-7) nsubj(fail-10, budget-8)"
        + " aux(fail-10, would-9) ccomp(said-6, fail-10) punct(said-6, .-11)";
    String petrov = "Ivan/NNP@PERSON Petrov/NNP@PERSON spoke/VBD=speak at/IN a/DT rally/NN ./.";
    String petrovDeps = "compound(Petrov-2, Ivan-1) nsubj(spoke-3, Petrov-2) root(ROOT-0, spoke-3) case(rally-6, at-4)"
        + " det(rally-6, a-5) obl(spoke-3, rally-6) punct(spoke-3, .-7)";
    List<String> lede = quotes(Docs.article("2019-03-14").sentence(leader, leaderDeps).sentence(petrov, petrovDeps).build());
    assertTrue(has(lede, "The leader -> Ivan Petrov |", "the budget would fail"), lede.toString());
    // Once someone else has been the subject, the nominal is not read forward.
    List<String> later = quotes(Docs.article("2019-03-14").sentence(BERG, BERG_DEPS).sentence(leader, leaderDeps)
        .sentence(petrov, petrovDeps).build());
    assertTrue(later.stream().noneMatch(q -> q.contains("-> Ivan Petrov |")), later.toString());
  }

  @Test
  void aStatementReleasedByAMinistryIsTheMinistrys() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT summit/NN will/MD open/VB=open in/IN May/NNP@DATE ,/, according/VBG=accord to/IN a/DT statement/NN"
            + " released/VBN=release by/IN the/DT Foreign/NNP@ORGANIZATION Ministry/NNP@ORGANIZATION ./.",
            "det(summit-2, The-1) nsubj(open-4, summit-2) aux(open-4, will-3) root(ROOT-0, open-4) case(May-6, in-5)"
                + " obl(open-4, May-6) punct(open-4, ,-7) case(statement-11, according-8) fixed(according-8, to-9)"
                + " det(statement-11, a-10) obl(open-4, statement-11) acl(statement-11, released-12) case(Ministry-16, by-13)"
                + " det(Ministry-16, the-14) compound(Ministry-16, Foreign-15) obl:agent(released-12, Ministry-16)"
                + " punct(open-4, .-17)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.contains("-> Foreign Ministry |") && q.contains("The summit will open")),
        found.toString());
  }
}
