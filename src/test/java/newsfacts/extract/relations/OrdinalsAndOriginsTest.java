package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A counting ordinal before a post is no part of the title; a country a person comes "from" is the
 * origin; "she served as" is the one person named before; "A has been an observer since 2019, and B
 * since 2022".
 */
class OrdinalsAndOriginsTest {
  @Test
  void aCountingOrdinalIsLeftOutOfTheTitle() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION Council/NNP@ORGANIZATION met/VBD=meet ./.")
        .sentence("Its/PRP$ first/JJ chairwoman/NN@TITLE ,/, Ana/NNP@PERSON Ruiz/NNP@PERSON ,/, spoke/VBD=speak ./.",
            "nmod:poss(chairwoman-3, Its-1) amod(chairwoman-3, first-2) nsubj(spoke-8, chairwoman-3) compound(Ruiz-6, Ana-5)"
                + " appos(chairwoman-3, Ruiz-6) root(ROOT-0, spoke-8)")
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | chairwoman", "Ana Ruiz | per:employee_or_member_of | Northern Grain Council"),
        RelationFacts.of(a));
  }

  @Test
  void aCountryAfterFromIsTheOriginNotTheEmployer() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, a/DT career/NN diplomat/NN@TITLE from/IN Freedonia/NNP@COUNTRY ,/,"
            + " spoke/VBD=speak ./.",
            "compound(Lund-2, Bo-1) nsubj(spoke-10, Lund-2) det(diplomat-6, a-4) compound(diplomat-6, career-5)"
                + " appos(Lund-2, diplomat-6) case(Freedonia-8, from-7) nmod(diplomat-6, Freedonia-8) root(ROOT-0, spoke-10)")
        .build();
    assertEquals(List.of("Bo Lund | per:title | career diplomat", "Bo Lund | per:origin | Freedonia"), RelationFacts.of(a));
    AnnotatedArticle owned = Docs.article("2022-01-10")
        .sentence("Bo/NNP@PERSON Lund/NNP@PERSON ,/, a/DT lawmaker/NN@TITLE from/IN Freedonia/NNP@COUNTRY 's/POS"
            + " Green/NNP@ORGANIZATION Party/NNP@ORGANIZATION ,/, spoke/VBD=speak ./.")
        .build();
    assertEquals(false, RelationFacts.of(owned).contains("Bo Lund | per:origin | Freedonia"));
  }

  @Test
  void aPronounSubjectOfARoleVerbIsTheOnePersonNamedBefore() {
    String served = "nsubj(served-3, She-1) advmod(served-3, previously-2) root(ROOT-0, served-3) case(ambassador-5, as-4)"
        + " obl(served-3, ambassador-5)";
    AnnotatedArticle one = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON writes/VBZ=write on/IN trade/NN ./.")
        .sentence("She/PRP previously/RB served/VBD=serve as/IN ambassador/NN@TITLE ./.", served)
        .build();
    assertEquals(List.of("Ana Ruiz | per:title | ambassador"), RelationFacts.of(one));
    AnnotatedArticle two = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON met/VBD=meet Eva/NNP@PERSON Holm/NNP@PERSON ./.")
        .sentence("She/PRP previously/RB served/VBD=serve as/IN ambassador/NN@TITLE ./.", served)
        .build();
    assertEquals(List.of(), RelationFacts.of(two));
    AnnotatedArticle modal = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON writes/VBZ=write on/IN trade/NN ./.")
        .sentence("She/PRP would/MD serve/VB=serve as/IN ambassador/NN@TITLE ./.",
            "nsubj(serve-3, She-1) aux(serve-3, would-2) root(ROOT-0, serve-3) case(ambassador-5, as-4) obl(serve-3, ambassador-5)")
        .build();
    assertEquals(List.of(), RelationFacts.of(modal));
    AnnotatedArticle quoted = Docs.article("2022-01-10")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON writes/VBZ=write on/IN trade/NN ./.")
        .sentence("``/`` She/PRP served/VBD=serve as/IN ambassador/NN@TITLE ./. ''/''",
            "punct(served-3, ``-1) nsubj(served-3, She-2) root(ROOT-0, served-3) case(ambassador-5, as-4) obl(served-3, ambassador-5)")
        .build();
    assertEquals(List.of(), RelationFacts.of(quoted));
  }

  @Test
  void aSecondNameWithOnlyATimePhraseSharesTheObserverPredicate() {
    AnnotatedArticle a = Docs.article("2022-01-10")
        .sentence("The/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION Council/NNP@ORGANIZATION met/VBD=meet ./.")
        .sentence("Freedonia/NNP@COUNTRY has/VBZ=have been/VBN=be an/DT observer/NN since/IN 2019/CD ,/, and/CC"
            + " Ruritania/NNP@COUNTRY since/IN 2022/CD ./.",
            "nsubj(observer-5, Freedonia-1) aux(observer-5, has-2) cop(observer-5, been-3) det(observer-5, an-4)"
                + " root(ROOT-0, observer-5) case(2019-7, since-6) obl(observer-5, 2019-7) cc(Ruritania-10, and-9)"
                + " conj(observer-5, Ruritania-10) case(2022-12, since-11) orphan(Ruritania-10, 2022-12)")
        .build();
    assertEquals(List.of("Freedonia | org:observer_of | Northern Grain Council", "Ruritania | org:observer_of | Northern Grain Council"),
        RelationFacts.of(a));
  }
}
