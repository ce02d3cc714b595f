package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Ranges of years or months written with a hyphen are two dates, as the scheme asks of ranges. Invented sentences. */
class WrittenRangesTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aRangeOfYearsIsTwoYearsNotADurationInHours() {
    AnnotatedArticle a = Docs.article("2024-11-14")
        .sentence("Talks/NNS stalled/VBD=stall in/IN 2019-2021/CD@DATE ./.")
        .timex("2019-2021", "DURATION", "PT17544H")
        .sentence("Ana/NNP Ruiz/NNP had/VBD=have her/PRP$ best/JJS season/NN in/IN the/DT 2019-20/CD campaign/NN ./.")
        .build();
    assertEquals(List.of("2019/DATE=2019", "2021/DATE=2021", "2019/DATE=2019", "20/DATE=2020"), dates(a));
  }

  @Test
  void aRangeOfMonthsIsTwoMonthsAnchoredLikeAnyMonth() {
    // in February 2025 a past October-December is the one of 2024
    AnnotatedArticle a = Docs.article("2025-02-28")
        .sentence("Profit/NN for/IN the/DT October-December/NNP period/NN fell/VBD=fall ./.")
        .build();
    assertEquals(List.of("October/DATE=2024-10", "December/DATE=2024-12"), dates(a));
  }

  @Test
  void moneyPercentagesAndFallingNumbersAreNoRanges() {
    AnnotatedArticle a = Docs.article("2024-11-14")
        .sentence("The/DT fee/NN is/VBZ=be $1990-2010/CD and/CC the/DT share/NN 1990-2010%/CD ./.")
        .sentence("The/DT score/NN went/VBD=go from/IN 2030-2010/CD ./.")
        .build();
    assertEquals(List.of(), dates(a));
  }
}
