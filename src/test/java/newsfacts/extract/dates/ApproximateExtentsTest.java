package newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** "almost two years ago", "the next two months or so": approximations kept inside the expression (TimeML: a mod attribute). */
class ApproximateExtentsTest {
  private static List<String> dates(AnnotatedArticle article) {
    return DatedRows.typed(article);
  }

  @Test
  void aModifierBeforeACountJoinsTheExpressionEvenWhenTaggedAlone() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT bakery/NN closed/VBD=close almost/RB@DATE two/CD@DATE years/NNS@DATE ago/RB@DATE ./.")
        .timex("almost", "DATE", "")
        .timex("two years ago", "DATE", "2017")
        .sentence("The/DT pier/NN was/VBD=be shut/VBN for/IN nearly/RB three/CD@DURATION weeks/NNS@DURATION ./.")
        .timex("three weeks", "DURATION", "P3W")
        .build();
    assertEquals(List.of("almost two years ago/DATE=2017", "nearly three weeks/DURATION=P3W"), dates(a));
  }

  @Test
  void overlappingDayAndClockOfAHeaderStampMakeOneTime() {
    // "02 December 2030 - 14:35": the annotator may read "14" both as the day's tail and as the clock's hour
    AnnotatedArticle a = Docs.article("2030-12-02")
        .sentence("02/CD@DATE December/NNP@DATE 2030/CD@DATE -/: 14:35/CD@TIME")
        .timex("02 December 2030 - 14", "DATE", "2030-12-02")
        .overlapping()
        .timex("14:35", "TIME", "2030-12-02T14:35")
        .build();
    assertEquals(List.of("02 December 2030 - 14:35/TIME=2030-12-02T14:35"), dates(a));
  }

  @Test
  void aModifierBeforeAnExpressionWithoutACountStaysOut() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("It/PRP is/VBZ=be almost/RB March/NNP@DATE ./.")
        .timex("March", "DATE", "2019-03")
        .build();
    assertEquals(List.of("March/DATE=2019-03"), dates(a));
  }

  @Test
  void orSoJoinsADurationAndWithAgoMakesItTheDateThatFarBack() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT ferry/NN will/MD stay/VB in/IN dock/NN for/IN the/DT@DURATION next/JJ@DURATION two/CD@DURATION"
            + " months/NNS@DURATION or/CC so/RB ./.")
        .timex("the next two months", "DURATION", "P2M")
        .sentence("A/DT@DURATION week/NN@DURATION or/CC so/RB ago/RB ,/, the/DT mayor/NN resigned/VBD=resign ./.")
        .timex("A week", "DURATION", "P1W")
        .sentence("A/DT@DURATION month/NN@DURATION or/CC so/RB ago/RB ,/, a/DT storm/NN hit/VBD=hit ./.")
        .timex("A month", "DURATION", "P1M")
        .build();
    assertEquals(List.of("the next two months or so/DURATION=P2M", "A week or so ago/DATE=2019-03-07",
        "A month or so ago/DATE=2019-02"), dates(a));
  }

  @Test
  void halfOfOneUnitIsHalfTheLengthAndTakesItsModifier() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("They/PRP waited/VBD=wait almost/RB half/PDT a/DT@DURATION century/NN@DURATION ./.")
        .timex("a century", "DURATION", "P100Y")
        .sentence("The/DT talks/NNS lasted/VBD=last half/PDT an/DT@DURATION hour/NN@DURATION ./.")
        .timex("an hour", "DURATION", "PT1H")
        .sentence("It/PRP took/VBD=take half/PDT a/DT@DURATION year/NN@DURATION and/CC half/PDT a/DT@DURATION week/NN@DURATION ./.")
        .timex("a year", "DURATION", "P1Y")
        .timex("a week", "DURATION", "P1W")
        .build();
    assertEquals(List.of("almost half a century/DURATION=P50Y", "half an hour/DURATION=PT30M", "half a year/DURATION=P6M",
        "a week/DURATION=P1W"), dates(a));
  }

  @Test
  void aComparativeBoundBeforeACountJoinsTheExpression() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Riders/NNS trained/VBD=train for/IN at/IN least/JJS two/CD@DURATION hours/NNS@DURATION ./.")
        .timex("two hours", "DURATION", "PT2H")
        .sentence("The/DT dam/NN held/VBD=hold for/IN more/JJR than/IN two/CD@DURATION days/NNS@DURATION ./.")
        .timex("two days", "DURATION", "P2D")
        .build();
    assertEquals(List.of("at least two hours/DURATION=PT2H", "more than two days/DURATION=P2D"), dates(a));
  }

  @Test
  void anAmountBeforeABarePluralUnitJoinsIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plan/NN took/VBD=take many/JJ years/NNS@DURATION ./.")
        .timex("years", "DURATION", "PXY")
        .sentence("Quelland/NNP lost/VBD=lose for/IN four/CD straight/JJ weeks/NNS@DURATION ./.")
        .timex("weeks", "DURATION", "PXW")
        .sentence("They/PRP waited/VBD=wait weeks/NNS@DURATION ./.")
        .timex("weeks", "DURATION", "PXW")
        .build();
    assertEquals(List.of("many years/DURATION=PXY", "four straight weeks/DURATION=P4W", "weeks/DURATION=PXW"), dates(a));
  }

  @Test
  void overMeaningMoreThanJoinsACountAfterForJustOrLast() {
    // TimeML keeps "over" (mod MORE_THAN) where it means "more than"; "spread over" is a preposition of extent
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT talks/NNS ran/VBD=run for/IN over/IN an/DT@DURATION hour/NN@DURATION ./.")
        .timex("an hour", "DURATION", "PT1H")
        .sentence("The/DT fair/NN will/MD last/VB=last just/RB over/IN two/CD@DURATION weeks/NNS@DURATION ./.")
        .timex("two weeks", "DURATION", "P2W")
        .sentence("The/DT cost/NN is/VBZ=be spread/VBN over/IN three/CD@DURATION years/NNS@DURATION ./.")
        .timex("three years", "DURATION", "P3Y")
        .build();
    assertEquals(List.of("over an hour/DURATION=PT1H", "over two weeks/DURATION=P2W", "three years/DURATION=P3Y"), dates(a));
  }
}
