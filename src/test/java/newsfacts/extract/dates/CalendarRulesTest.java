package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Holidays fixed by a calendar rule, and halves of a named year, on invented sentences. */
class CalendarRulesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void electionDayIsTheTuesdayAfterTheFirstMondayOfNovemberInTheYearTheTenseGives() {
    // 2018-11-06 and 2017-11-07 are such Tuesdays; the annotator tags only "Day"
    AnnotatedArticle a = Docs.article("2018-06-12")
        .sentence("Ana/NNP Ruiz/NNP will/MD campaign/VB=campaign until/IN Election/NNP Day/NNP@DURATION ./.")
        .timex("Day", "DURATION", "P1D")
        .sentence("Turnout/NN is/VBZ=be high/JJ on/IN Election/NNP Day/NNP ./.")
        .build();
    assertEquals(List.of("Election Day/DATE=2018-11-06", "Election Day/DATE=2018-11-06"), dates(a));
    AnnotatedArticle past = Docs.article("2018-02-20")
        .sentence("Ana/NNP Ruiz/NNP voted/VBD=vote early/RB on/IN Election/NNP Day/NNP ./.")
        .sentence("The/DT count/NN will/MD go/VB=go on/RP until/IN Election/NNP Day/NNP ./.")
        .build();
    assertEquals(List.of("Election Day/DATE=2017-11-07", "Election Day/DATE=2018-11-06"), dates(past));
  }

  @Test
  void electionDayInPastNarrativeAfterAnEarlierYearIsThatYears() {
    // 2012-11-06 was the Tuesday after the first Monday of November 2012
    AnnotatedArticle a = Docs.article("2016-09-08")
        .sentence("Campaigning/VBG=campaign in/IN 2012/CD@DATE ,/, Ana/NNP Ruiz/NNP spoke/VBD=speak little/RB ./.")
        .timex("2012", "DATE", "2012")
        .sentence("Soon/RB after/IN Election/NNP Day/NNP ,/, she/PRP changed/VBD=change course/NN ./.")
        .build();
    assertEquals(List.of("2012/DATE=2012", "Election Day/DATE=2012-11-06"), dates(a));
  }

  @Test
  void aMonthAfterElectionDayItIsStillTheOneJustPastThenNextYears() {
    AnnotatedArticle a = Docs.article("2018-11-20")
        .sentence("The/DT count/NN after/IN Election/NNP Day/NNP is/VBZ=be slow/JJ ./.")
        .build();
    assertEquals(List.of("Election Day/DATE=2018-11-06"), dates(a));
    AnnotatedArticle b = Docs.article("2018-12-20")
        .sentence("The/DT count/NN after/IN Election/NNP Day/NNP is/VBZ=be slow/JJ ./.")
        .build();
    assertEquals(List.of("Election Day/DATE=2019-11-05"), dates(b));
  }

  @Test
  void aLowerCaseElectionDayIsNoHoliday() {
    AnnotatedArticle a = Docs.article("2018-06-12")
        .sentence("The/DT club/NN held/VBD=hold its/PRP$ election/NN day/NN ./.")
        .build();
    assertEquals(List.of(), dates(a));
  }

  @Test
  void aHalfOfANamedYearIsH1OrH2() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Sales/NNS=sale will/MD rise/VB=rise in/IN the/DT@DATE second/JJ@DATE half/NN@DATE of/IN@DATE 2019/CD@DATE"
            + " and/CC the/DT@DATE first/JJ@DATE two/CD@DATE quarters/NNS@DATE of/IN@DATE 2020/CD@DATE ./.")
        .timex("the second half of 2019", "DATE", "2019")
        .timex("the first two quarters of 2020", "DATE", "2020")
        .sentence("Half/NN of/IN 2019/CD@DATE was/VBD=be lost/VBN=lose ./.")
        .timex("2019", "DATE", "2019")
        .build();
    assertEquals(List.of("the second half of 2019/DATE=2019-H2", "the first two quarters/DURATION=P2Q", "2020/DATE=2020",
        "2019/DATE=2019"), dates(a));
  }

  @Test
  void aPluralWeekdayIsASetAndASingleOneJoinedToItToo() {
    // 2019-03-14 is a Thursday; the annotator dates the days
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT ferry/NN sails/VBZ=sail on/IN Monday/NNP@DATE and/CC Tuesday/NNP@DATE nights/NNS@DATE ./.")
        .timex("Monday", "DATE", "2019-03-11")
        .timex("Tuesday nights", "DATE", "2019-03-12")
        .sentence("Ana/NNP Ruiz/NNP works/VBZ=work on/IN Saturdays/NNPS@DATE but/CC rested/VBD=rest on/IN Sunday/NNP@DATE ./.")
        .timex("Saturdays", "DATE", "2019-03-09")
        .timex("Sunday", "DATE", "2019-03-10")
        .build();
    assertEquals(List.of("Monday/SET=XXXX-WXX-1TNI", "Tuesday nights/SET=XXXX-WXX-2TNI", "Saturdays/SET=XXXX-WXX-6",
        "Sunday/DATE=2019-03-10"), dates(a));
  }
}
