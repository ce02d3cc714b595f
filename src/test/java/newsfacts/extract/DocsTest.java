package newsfacts.extract;

import newsfacts.model.NerTag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.Dependency;
import newsfacts.model.NerMention;
import newsfacts.model.Timex;
import newsfacts.model.Token;
import org.junit.jupiter.api.Test;

/** The hand-written notation of the unit tests gives the text and offsets a tokenizer would. */
class DocsTest {
  @Test
  void tokensBecomeTextWithOffsetsTagsLemmasMentionsAndEdges() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("\"/`` Rates/NNS=rate will/MD fall/VB ,/, \"/'' Ana/NNP@PERSON Ruiz/NNP@PERSON said/VBD=say ./.",
            "nsubj(said-9, Ruiz-8) root(ROOT-0, said-9)")
        .paragraph()
        .sentence("Ruritania/NNP@COUNTRY 's/POS bank/NN (/-LRB- RCB/NNP@ORGANIZATION )/-RRB- met/VBD=meet on/IN"
            + " Monday/NNP@DATE ./.")
        .timex("Monday", "DATE", "2019-03-11")
        .build();
    assertEquals("\"Rates will fall,\" Ana Ruiz said.\n\nRuritania's bank (RCB) met on Monday.", a.text());
    Token ruiz = a.sentences().get(0).tokens().get(7);
    assertEquals(new Token(7, new CharSpan(23, 27), "Ruiz", "Ruiz", "NNP", NerTag.PERSON), ruiz);
    assertEquals("say", a.sentences().get(0).tokens().get(8).lemma());
    assertEquals("rate", a.sentences().get(0).tokens().get(1).lemma());
    assertEquals(List.of(new Dependency(8, 7, "nsubj"), new Dependency(-1, 8, "root")),
        a.sentences().get(0).dependencies());
    assertEquals(List.of("Ana Ruiz/PERSON/0", "Ruritania/COUNTRY/1", "RCB/ORGANIZATION/1", "Monday/DATE/1"),
        a.nerMentions().stream().map(m -> m.text() + "/" + m.tag() + "/" + m.sentence()).toList());
    NerMention rcb = a.nerMentions().get(2);
    assertEquals("RCB", rcb.span().of(a.text()));
    Timex monday = a.timexes().get(0);
    assertEquals("Monday", monday.span().of(a.text()));
    assertEquals(1, monday.sentence());
    assertEquals("2019-03-14", a.docDate().value());
  }

  @Test
  void aDependencyNamingTheWrongWordIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Docs.article("").sentence("Prices/NNS fell/VBD=fall ./.", "nsubj(fell-2, Costs-1)"));
  }
}
