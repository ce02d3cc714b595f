package newsfacts.extract.quotes;

import static newsfacts.extract.quotes.NounPhraseFramesTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, twenty-first round: an amount or a rate as a verb's object ("will add $40 a year to the bill
 * and raise ...") is no content of a speech act, for the noun-phrase frames and the learned noun-phrase
 * model, nor for the rest-of-sentence reading after the verb; "one of" a group stays a person. A fronted
 * participle clause of a verb that is no speech act ("Sentencing him, the judge said: ...") is no content.
 */
class TwentyFirstRoundFramesTest {
  private static List<String> one(String tokens, String parse) {
    return described(Docs.article("2019-03-14").sentence(tokens, parse).build());
  }

  @Test
  void aRateAsTheObjectIsNoContent() {
    // "The levy will add $40 a year to the bill."
    assertEquals(List.of(),
        one("The/DT levy/NN will/MD add/VB $/$@MONEY 40/CD@MONEY a/DT@DURATION year/NN@DURATION to/IN the/DT"
                + " bill/NN ./.",
            "det(levy-2, The-1) nsubj(add-4, levy-2) aux(add-4, will-3) root(ROOT-0, add-4) nummod(year-8, $-5)"
                + " nummod($-5, 40-6) det(year-8, a-7) obj(add-4, year-8) case(bill-11, to-9) det(bill-11, the-10)"
                + " obl(add-4, bill-11) punct(add-4, .-12)"));
  }

  @Test
  void anObjectWithAnAmountInItStaysContent() {
    // "Ruiz denied the $40 fee."
    assertEquals(List.of("indirect | the $40 fee | Ruiz | denied"),
        one("Ruiz/NNP@PERSON denied/VBD=deny the/DT $/$@MONEY 40/CD@MONEY fee/NN ./.",
            "nsubj(denied-2, Ruiz-1) root(ROOT-0, denied-2) det(fee-6, the-3) nummod(fee-6, $-4) nummod($-4, 40-5)"
                + " obj(denied-2, fee-6) punct(denied-2, .-7)"));
  }

  @Test
  void aDurationWithoutAnAmountIsNotARate() {
    // "Ruiz announced a year of talks."
    assertEquals(List.of("indirect | a year of talks | Ruiz | announced"),
        one("Ruiz/NNP@PERSON announced/VBD=announce a/DT@DURATION year/NN@DURATION of/IN talks/NNS=talk ./.",
            "nsubj(announced-2, Ruiz-1) root(ROOT-0, announced-2) det(year-4, a-3) obj(announced-2, year-4)"
                + " case(talks-6, of-5) nmod(year-4, talks-6) punct(announced-2, .-7)"));
  }

  @Test
  void aRateBeforeAConjoinedVerbIsNoContent() {
    // "The levy will add $40 a year to the bill and raise $2 million."
    assertEquals(List.of(),
        one("The/DT levy/NN will/MD add/VB $/$@MONEY 40/CD@MONEY a/DT@DURATION year/NN@DURATION to/IN the/DT"
                + " bill/NN and/CC raise/VB $/$@MONEY 2/CD@MONEY million/CD@MONEY ./.",
            "det(levy-2, The-1) nsubj(add-4, levy-2) aux(add-4, will-3) root(ROOT-0, add-4) nummod(year-8, $-5)"
                + " nummod($-5, 40-6) det(year-8, a-7) obj(add-4, year-8) case(bill-11, to-9) det(bill-11, the-10)"
                + " obl(add-4, bill-11) cc(raise-13, and-12) conj(add-4, raise-13) obj(raise-13, $-14)"
                + " nummod($-14, million-16) compound(million-16, 2-15) punct(add-4, .-17)"));
  }

  @Test
  void oneOfAGroupToldSomethingIsStillAQuote() {
    // "Ruiz told one of her aides that the port is unsafe."
    assertEquals(List.of("indirect | the port is unsafe | Ruiz | told"),
        one("Ruiz/NNP@PERSON told/VBD=tell one/CD@NUMBER of/IN her/PRP$ aides/NNS=aide that/IN the/DT port/NN"
                + " is/VBZ=be unsafe/JJ ./.",
            "nsubj(told-2, Ruiz-1) root(ROOT-0, told-2) obj(told-2, one-3) case(aides-6, of-4) nmod:poss(aides-6, her-5)"
                + " nmod(one-3, aides-6) mark(unsafe-11, that-7) det(port-9, the-8) nsubj(unsafe-11, port-9)"
                + " cop(unsafe-11, is-10) ccomp(told-2, unsafe-11) punct(told-2, .-12)"));
  }

  @Test
  void aFrontedParticipleOfNoSpeechVerbIsNoContent() {
    // 'Sentencing him, Ruiz said: "You lied."'
    assertEquals(List.of(),
        one("Sentencing/VBG=sentence him/PRP ,/, Ruiz/NNP@PERSON said/VBD=say :/: \"/`` You/PRP lied/VBD=lie ./."
                + " \"/''",
            "advcl(said-5, Sentencing-1) obj(Sentencing-1, him-2) punct(said-5, ,-3) nsubj(said-5, Ruiz-4)"
                + " root(ROOT-0, said-5) punct(said-5, :-6) punct(said-5, \"-7) nsubj(lied-9, You-8)"
                + " ccomp(said-5, lied-9) punct(said-5, .-10) punct(said-5, \"-11)")
            .stream().filter(r -> r.contains("Sentencing")).toList());
  }

  @Test
  void aFrontedParticipleOfASpeechVerbStaysARow() {
    // 'Responding to the rumour, Ruiz said: "You lied."'
    assertEquals(List.of("indirect | Responding to the rumour | Ruiz | said"),
        one("Responding/VBG=respond to/IN the/DT rumour/NN ,/, Ruiz/NNP@PERSON said/VBD=say :/: \"/`` You/PRP"
                + " lied/VBD=lie ./. \"/''",
            "advcl(said-7, Responding-1) case(rumour-4, to-2) det(rumour-4, the-3) obl(Responding-1, rumour-4)"
                + " punct(said-7, ,-5) nsubj(said-7, Ruiz-6) root(ROOT-0, said-7) punct(said-7, :-8)"
                + " punct(said-7, \"-9) nsubj(lied-11, You-10) ccomp(said-7, lied-11) punct(said-7, .-12)"
                + " punct(said-7, \"-13)")
            .stream().filter(r -> r.contains("rumour")).toList());
  }
}
