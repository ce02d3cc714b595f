package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Transcript answer lines ("A: ...") on invented transcripts: a one-letter label is never a speaker
 * name; the answers are the person the transcript names as answering; with no one named, the label
 * keeps its words.
 */
class TranscriptSpeakersTest {
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
  void withNoOneNamedTheLabelKeepsItsWords() {
    List<String> found = SpokenQuotes.described(Docs.article("2021-05-04")
        .sentence("Regular/JJ Press/NNP Conference/NNP", "amod(Conference-3, Regular-1) compound(Conference-3, Press-2)"
            + " root(ROOT-0, Conference-3)")
        .paragraph().sentence(QUESTION)
        .paragraph().sentence(ANSWER)
        .build());
    assertTrue(answeredBy(found, "A"), found.toString());
  }
}
