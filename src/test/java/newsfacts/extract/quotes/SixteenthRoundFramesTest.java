package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, sixteenth round: headline labels "Source: claim" whose source the tagger misreads in title
 * case but the article has speak elsewhere, and labels with the addressee or topic after the source
 * ("Source on Topic: claim", "Source to Addressee: claim").
 */
class SixteenthRoundFramesTest {
  /** "Soto said the bridge is safe." */
  private static final String SOTO_SAID = "Soto/NNP said/VBD=say the/DT bridge/NN is/VBZ=be safe/JJ ./.";
  private static final String SOTO_SAID_PARSE = "root(ROOT-0, said-2) nsubj(said-2, Soto-1) det(bridge-4, the-3)"
      + " nsubj(safe-6, bridge-4) cop(safe-6, is-5) ccomp(said-2, safe-6) punct(said-2, .-7)";
  private static final String STORY = "Ana/NNP@PERSON Ruiz/NNP@PERSON spoke/VBD=speak on/IN Monday/NNP@DATE ./.";

  @Test
  void aLabelTheTaggerMisreadsIsTheSourceWhenTheArticleHasItSpeak() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Rush/JJ Soto/NN :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | Bridge Will Wait | Soto | :", "indirect | the bridge is safe | Soto | said"),
        described(a));
  }

  @Test
  void aLabelTheArticleNeverHasSpeakIsNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Bridge/NN Watch/NN :/: Bridge/NNP Will/MD Wait/VB=wait")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | the bridge is safe | Soto | said"), described(a));
  }

  @Test
  void aSourceOnATopicHeadsTheLabel() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ruiz/NNP@PERSON on/IN Ferry/NNP Fares/NNPS :/: No/DT Reason/NN To/TO Raise/VB=raise Them/PRP")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of("indirect | No Reason To Raise Them | Ruiz | :"), described(a));
  }

  @Test
  void aSourceToAnAddresseeHeadsTheLabelWhenTheArticleHasItSpeak() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Soto/NNP to/TO Freedonian/NNP Drivers/NNPS :/: Tolls/NNS=toll Will/MD Stay/VB=stay")
        .paragraph()
        .sentence(SOTO_SAID, SOTO_SAID_PARSE)
        .build();
    assertEquals(List.of("indirect | Tolls Will Stay | Soto | :", "indirect | the bridge is safe | Soto | said"),
        described(a));
  }

  @Test
  void aPlaceBeforeATopicIsNoSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Freedonia/NNP@COUNTRY on/IN Ferry/NNP Fares/NNPS :/: No/DT Reason/NN To/TO Raise/VB=raise Them/PRP")
        .paragraph()
        .sentence(STORY)
        .build();
    assertEquals(List.of(), described(a));
  }
}
