package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Speakers, fifteenth pass, on invented sentences. Transcript answer lines ("A: ..."): a one-letter
 * label is never a speaker name; the answers are the person the transcript names as answering; with
 * no one named, the label keeps its words. A role holder named only inside a quotation is not the
 * nominal outside it when someone else fits.
 */
class FifteenthPassSpeakersTest {
  private static final String QUESTION = "Q/NN :/: Will/MD the/DT port/NN close/VB=close ?/.";
  private static final String ANSWER = "A/NN :/: The/DT port/NN will/MD stay/VB=stay open/JJ for/IN all/DT ships/NNS=ship ./.";

  private static boolean answeredBy(List<String> found, String speaker) {
    return found.stream().anyMatch(q -> q.startsWith("A -> " + speaker + " |") && q.contains("The port will stay open"));
  }

  @Test
  void theOwnerOfTheTitleAnswers() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Spokesperson/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON 's/POS Regular/NNP Press/NNP Conference/NNP",
            "compound(Ruiz-3, Spokesperson-1) compound(Ruiz-3, Ana-2) nmod:poss(Conference-7, Ruiz-3) case(Ruiz-3, 's-4)"
                + " amod(Conference-7, Regular-5) compound(Conference-7, Press-6) root(ROOT-0, Conference-7)")
        .paragraph().sentence(QUESTION)
        .paragraph().sentence(ANSWER)
        .build());
    assertTrue(answeredBy(found, "Ana Ruiz"), found.toString());
  }

  @Test
  void theOneWhoAnsweredQuestionsAnswersNotAnotherNamedPerson() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON opened/VBD=open the/DT port/NN ./.",
            "compound(Berg-2, Tom-1) nsubj(opened-3, Berg-2) root(ROOT-0, opened-3) det(port-5, the-4) obj(opened-3, port-5)"
                + " punct(opened-3, .-6)")
        .paragraph().sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON answered/VBD=answer questions/NNS=question ./.",
            "compound(Ruiz-2, Ana-1) nsubj(answered-3, Ruiz-2) root(ROOT-0, answered-3) obj(answered-3, questions-4)"
                + " punct(answered-3, .-5)")
        .paragraph().sentence(QUESTION)
        .paragraph().sentence(ANSWER)
        .build());
    assertTrue(answeredBy(found, "Ana Ruiz"), found.toString());
  }

  @Test
  void thePersonInTheTitleAnswersWhenTheIntroNamesOthers() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Talking/VBG=talk with/IN Ana/NNP@PERSON Ruiz/NNP@PERSON", "root(ROOT-0, Talking-1) case(Ruiz-4, with-2)"
            + " compound(Ruiz-4, Ana-3) obl(Talking-1, Ruiz-4)")
        .paragraph().sentence("She/PRP spoke/VBD=speak with/IN Tom/NNP@PERSON Berg/NNP@PERSON ./.",
            "nsubj(spoke-2, She-1) root(ROOT-0, spoke-2) case(Berg-5, with-3) compound(Berg-5, Tom-4) obl(spoke-2, Berg-5)"
                + " punct(spoke-2, .-6)")
        .paragraph().sentence(QUESTION)
        .paragraph().sentence(ANSWER)
        .build());
    assertTrue(answeredBy(found, "Ana Ruiz"), found.toString());
  }

  @Test
  void withNoOneNamedTheLabelKeepsItsWords() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Regular/JJ Press/NNP Conference/NNP", "amod(Conference-3, Regular-1) compound(Conference-3, Press-2)"
            + " root(ROOT-0, Conference-3)")
        .paragraph().sentence(QUESTION)
        .paragraph().sentence(ANSWER)
        .build());
    assertTrue(answeredBy(found, "A"), found.toString());
  }

  @Test
  void aRoleHolderNamedOnlyInsideAQuotationIsNotTheNominalOutsideIt() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Tom/NNP@PERSON Berg/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "compound(Berg-2, Tom-1) nsubj(toured-3, Berg-2) root(ROOT-0, toured-3) det(harbour-5, the-4) obj(toured-3, harbour-5)"
                + " punct(toured-3, .-6)")
        .sentence("``/`` The/DT ships/NNS=ship answer/VBP=answer to/IN President/NNP@TITLE Ana/NNP@PERSON Ruiz/NNP@PERSON"
            + " and/CC me/PRP ,/, ''/'' the/DT former/JJ president/NN@TITLE said/VBD=say ./.",
            "punct(said-16, ``-1) det(ships-3, The-2) nsubj(answer-4, ships-3) ccomp(said-16, answer-4) case(Ruiz-8, to-5)"
                + " compound(Ruiz-8, President-6) compound(Ruiz-8, Ana-7) obl(answer-4, Ruiz-8) cc(me-10, and-9) conj(Ruiz-8, me-10)"
                + " punct(said-16, ,-11) punct(said-16, ''-12) det(president-15, the-13) amod(president-15, former-14)"
                + " nsubj(said-16, president-15) root(ROOT-0, said-16) punct(said-16, .-17)")
        .build());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("the former president -> Tom Berg |")), found.toString());
  }

  @Test
  void theGroupIsTheUnnamedGroupJustMadeSubjectNotANameContainingGroup() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Kell/NNP@ORGANIZATION Group/NNP@ORGANIZATION cut/VBD=cut jobs/NNS=job ./.",
            "compound(Group-2, Kell-1) nsubj(cut-3, Group-2) root(ROOT-0, cut-3) obj(cut-3, jobs-4) punct(cut-3, .-5)")
        .sentence("The/DT regional/JJ trade/NN group/NN for/IN port/NN firms/NNS=firm wrote/VBD=write a/DT letter/NN ./.",
            "det(group-4, The-1) amod(group-4, regional-2) compound(group-4, trade-3) case(firms-7, for-5) compound(firms-7, port-6)"
                + " nmod(group-4, firms-7) nsubj(wrote-8, group-4) root(ROOT-0, wrote-8) det(letter-10, a-9) obj(wrote-8, letter-10)"
                + " punct(wrote-8, .-11)")
        .sentence("The/DT port/NN needs/VBZ=need time/NN ,/, the/DT group/NN said/VBD=say ./.",
            "det(port-2, The-1) nsubj(needs-3, port-2) ccomp(said-8, needs-3) obj(needs-3, time-4) punct(said-8, ,-5)"
                + " det(group-7, the-6) nsubj(said-8, group-7) root(ROOT-0, said-8) punct(said-8, .-9)")
        .build());
    assertTrue(found.stream().anyMatch(q -> q.startsWith("the group -> The regional trade group |")), found.toString());
  }
}
