package newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import newsfacts.app.BatchRunner;
import newsfacts.model.ArticleResult;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.DocumentInfo;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Failure;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Quote;
import newsfacts.model.QuoteKind;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import org.junit.jupiter.api.Test;

/** An outcome travels from executor to driver as bytes and comes back equal, field for field. */
class ResultCodecTest {
  static ArticleResult invented() {
    String text = "Ana Lopez, the mayor of Riverton, said on Monday: \"We will rebuild.\" \uD83D\uDE00 \uD800";
    return new ArticleResult(
        new DocumentInfo("a1", "a1.txt", "Ana Lopez", new DocDate("2020-03-02", "header line 2"), 1, 18),
        text,
        List.of(EntityMention.of(new CharSpan(0, 9), "Ana Lopez", EntityType.PERSON, 0),
            new EntityMention(new CharSpan(24, 32), "Riverton", EntityType.LOCATION,
                Optional.of(LocationSubtype.CITY), 0, "Riverton")),
        List.of(new Timex(new CharSpan(42, 48), "Monday", TimexType.DATE, "2020-03-02", 0)),
        List.of(new Quote(new CharSpan(50, 67), "We will rebuild.", QuoteKind.DIRECT,
                Optional.of(new CharSpan(0, 9)), "Ana Lopez", "Ana Lopez", "said", 0),
            new Quote(new CharSpan(50, 67), "We will rebuild.", QuoteKind.INDIRECT, Optional.empty(), "", "", "", 0)),
        List.of(new Relation("Ana Lopez", RelationSlot.PER_TITLE, "mayor", new CharSpan(0, 32), "rules", 0.75)));
  }

  @Test
  void aResultComesBackEqual() {
    BatchRunner.Outcome outcome = new BatchRunner.Outcome("a1", "a1.txt", invented(), null);
    BatchRunner.Outcome back = ResultCodec.decode(ResultCodec.encode(outcome));
    assertEquals(outcome, back);
    assertEquals(invented().text(), back.result().text(), "text with an emoji and a lone surrogate, exactly");
  }

  @Test
  void aFailureComesBackEqual() {
    Failure failure = new Failure("b", "b.txt", "annotate", "IllegalStateException: no");
    BatchRunner.Outcome back = ResultCodec.decode(ResultCodec.encode(new BatchRunner.Outcome("b", "b.txt", null, failure)));
    assertNull(back.result());
    assertEquals(failure, back.failure());
  }
}
