package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.extract.Document;
import newsfacts.extract.entities.EntitiesStep;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Speakers, tenth pass, on invented sentences: a lower-case role noun tagged as a proper noun, a
 * "who" after a place the parse hung from the verb, and "most of whom" in a clause left as "dep".
 */
class TenthPassSpeakersTest {
  private static final EntitiesStep ENTITIES = new EntitiesStep(Docs.lexicon());

  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.described(article);
  }

  @Test
  void aLowerCaseRoleTaggedAsAProperNounTakesUpTheSubjectBefore() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON toured/VBD=tour the/DT harbour/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(toured-3, Ruiz-2) root(ROOT-0, toured-3) det(harbour-5, the-4)"
                + " obj(toured-3, harbour-5) punct(toured-3, .-6)")
        .sentence("The/DT Freedonian/JJ senator/NNP@TITLE said/VBD=say fees/NNS=fee would/MD rise/VB=rise ./.",
            "det(senator-3, The-1) amod(senator-3, Freedonian-2) nsubj(said-4, senator-3) root(ROOT-0, said-4)"
                + " nsubj(rise-7, fees-5) aux(rise-7, would-6) ccomp(said-4, rise-7) punct(said-4, .-8)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The Freedonian senator -> Ana Ruiz |")), found.toString());
  }

  @Test
  void aWhoAfterAPlaceHungFromTheVerbIsThePersonNounBeforeIt() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT plan/NN may/MD placate/VB=placate nervous/JJ lawmakers/NNS=lawmaker on/IN Harbour/NNP@ORGANIZATION"
            + " Hill/NNP@ORGANIZATION ,/, who/WP have/VBP=have argued/VBN=argue that/IN fees/NNS=fee hurt/VBP=hurt"
            + " them/PRP ./.",
            "det(plan-2, The-1) nsubj(placate-4, plan-2) aux(placate-4, may-3) root(ROOT-0, placate-4)"
                + " amod(lawmakers-6, nervous-5) obj(placate-4, lawmakers-6) case(Hill-9, on-7) compound(Hill-9, Harbour-8)"
                + " obl(placate-4, Hill-9) punct(Hill-9, ,-10) nsubj(argued-13, who-11) aux(argued-13, have-12)"
                + " acl:relcl(Hill-9, argued-13) mark(hurt-16, that-14) nsubj(hurt-16, fees-15) ccomp(argued-13, hurt-16)"
                + " obj(hurt-16, them-17) punct(placate-4, .-18)")
        .build();
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("nervous lawmakers -> nervous lawmakers |") && q.contains("fees hurt")),
        found.toString());
  }

  @Test
  void mostOfWhomInAClauseTheParseLeavesAsDepIsPartOfTheNoun() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT list/NN named/VBD=name retired/VBN officers/NNS=officer --/: most/JJS of/IN whom/WP"
            + " had/VBD=have said/VBN=say fees/NNS=fee would/MD rise/VB=rise ./.",
            "det(list-2, The-1) nsubj(named-3, list-2) root(ROOT-0, named-3) amod(officers-5, retired-4)"
                + " obj(named-3, officers-5) punct(officers-5, ---6) nsubj(said-11, most-7) case(whom-9, of-8)"
                + " nmod(most-7, whom-9) aux(said-11, had-10) dep(officers-5, said-11) nsubj(rise-14, fees-12)"
                + " aux(rise-14, would-13) ccomp(said-11, rise-14) punct(named-3, .-15)")
        .build();
    Document d = ENTITIES.apply(Document.of(a));
    SpeakerResolver resolver = new SpeakerResolver(a, d.entities(), Docs.lexicon().quotes(), Docs.lexicon().speakers());
    Token most = a.sentences().get(0).tokens().get(6);
    assertEquals("retired officers", resolver.resolve(most.span(), most, List.of()));
  }

  private static AnnotatedArticle afterRuiz(String nominal, String parse) {
    return Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet Tom/NNP@PERSON Hale/NNP@PERSON 's/POS rival/NN ./.",
            "compound(Ruiz-2, Ana-1) nsubj(met-3, Ruiz-2) root(ROOT-0, met-3) compound(Hale-5, Tom-4)"
                + " nmod:poss(rival-7, Hale-5) case(Hale-5, 's-6) obj(met-3, rival-7) punct(met-3, .-8)")
        .sentence(nominal + " said/VBD=say fees/NNS=fee would/MD rise/VB=rise ./.", parse)
        .build();
  }

  @Test
  void aDescribedEpithetTakesUpTheSubjectBefore() {
    AnnotatedArticle a = afterRuiz("The/DT gambling/JJ tycoon/NN=tycoon",
        "det(tycoon-3, The-1) amod(tycoon-3, gambling-2) nsubj(said-4, tycoon-3) root(ROOT-0, said-4)"
            + " nsubj(rise-7, fees-5) aux(rise-7, would-6) ccomp(said-4, rise-7) punct(said-4, .-8)");
    List<String> found = quotes(a);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The gambling tycoon -> Ana Ruiz |")), found.toString());
  }

  @Test
  void aBareOrOwnedRoleIsSomeoneNew() {
    AnnotatedArticle bare = afterRuiz("The/DT tycoon/NN=tycoon",
        "det(tycoon-2, The-1) nsubj(said-3, tycoon-2) root(ROOT-0, said-3)"
            + " nsubj(rise-6, fees-4) aux(rise-6, would-5) ccomp(said-3, rise-6) punct(said-3, .-7)");
    List<String> found = quotes(bare);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The tycoon -> The tycoon |")), found.toString());
    AnnotatedArticle owned = afterRuiz("The/DT senior/JJ Hale/NNP@PERSON tycoon/NN=tycoon",
        "det(tycoon-4, The-1) amod(tycoon-4, senior-2) compound(tycoon-4, Hale-3) nsubj(said-5, tycoon-4)"
            + " root(ROOT-0, said-5) nsubj(rise-8, fees-6) aux(rise-8, would-7) ccomp(said-5, rise-8) punct(said-5, .-9)");
    found = quotes(owned);
    assertTrue(found.stream().anyMatch(q -> q.startsWith("The senior Hale tycoon -> The senior Hale tycoon |")), found.toString());
  }
}
