package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A weekday with "last" or "next" after it ("on Tuesday last"): the one before or after the publication day. 2024-03-12 is a Tuesday. */
class PostposedWeekdaysTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.values(article);
  }

  @Test
  void lastOrNextAfterTheWeekdayMovesItOffThePublicationDay() {
    AnnotatedArticle a = Docs.article("2024-03-12")
        .sentence("The/DT minister/NN Mr/NNP Arjun/NNP Vale/NNP said/VBD=say this/DT on/IN Tuesday/NNP@DATE last/JJ ./.")
        .timex("Tuesday", "DATE", "2024-03-12")
        .sentence("The/DT board/NN will/MD meet/VB=meet on/IN Friday/NNP@DATE next/JJ ,/, he/PRP said/VBD=say ./.")
        .timex("Friday", "DATE", "2024-03-15")
        .build();
    assertEquals(List.of("Tuesday last=2024-03-05", "Friday next=2024-03-15"), dates(a));
  }

  @Test
  void aWeekdayBeforeLastWeekIsLeftToTheAnnotator() {
    AnnotatedArticle a = Docs.article("2024-03-12")
        .sentence("Ana/NNP Ruiz/NNP left/VBD=leave on/IN Monday/NNP@DATE last/JJ@DATE week/NN@DATE ./.")
        .timex("Monday last week", "DATE", "2024-03-04")
        .sentence("She/PRP spoke/VBD=speak on/IN Monday/NNP@DATE ,/, the/DT last/JJ day/NN ./.")
        .timex("Monday", "DATE", "2024-03-11")
        .build();
    assertEquals(List.of("Monday last week=2024-03-04", "Monday=2024-03-11"), dates(a));
  }
}
