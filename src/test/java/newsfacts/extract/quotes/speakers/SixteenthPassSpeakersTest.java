package newsfacts.extract.quotes.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * Speakers, sixteenth pass, on invented sentences: the person a recording shows speaks; the maker in
 * a relative clause of a statement is its source; a relative "that" parsed as a complement before
 * "and said" is no speaker; a thing proposed as the source of a participle or infinitive gives way to
 * the speaking subject, the controlling object or its own "by" phrase; a final participle the parse
 * hung inside a relative clause is the outer subject's.
 */
class SixteenthPassSpeakersTest {
  private static List<String> quotes(AnnotatedArticle article) {
    return SpokenQuotes.withCues(article);
  }

  private static boolean has(List<String> found, String start, String text) {
    return found.stream().anyMatch(q -> q.startsWith(start) && q.contains(text));
  }

  @Test
  void theOneARecordingShowsSpeaks() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT ad/NN uses/VBZ=use footage/NN of/IN Ana/NNP@PERSON Ruiz/NNP@PERSON asking/VBG=ask ,/, \"/`` Why/WRB"
            + " is/VBZ=be it/PRP late/JJ ?/. \"/''",
            "det(ad-2, The-1) nsubj(uses-3, ad-2) root(ROOT-0, uses-3) nsubj(asking-8, footage-4) case(Ruiz-7, of-5)"
                + " compound(Ruiz-7, Ana-6) nmod(footage-4, Ruiz-7) dep(uses-3, asking-8) punct(asking-8, ,-9)"
                + " punct(asking-8, \"-10) advmod(late-14, Why-11) cop(late-14, is-12) nsubj(late-14, it-13)"
                + " ccomp(asking-8, late-14) punct(uses-3, ?-15) punct(uses-3, \"-16)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "Why is it late"), found.toString());
  }

  @Test
  void theMakerInARelativeClauseOfASpeechIsItsSource() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("The/DT goal/NN is/VBZ=be growth/NN ,/, according/VBG=accord to/IN a/DT speech/NN Ana/NNP@PERSON"
            + " Ruiz/NNP@PERSON delivered/VBD=deliver in/IN Quelland/NNP@CITY ./.",
            "det(goal-2, The-1) nsubj(growth-4, goal-2) cop(growth-4, is-3) root(ROOT-0, growth-4) punct(growth-4, ,-5)"
                + " case(speech-9, according-6) fixed(according-6, to-7) det(speech-9, a-8) obl(growth-4, speech-9)"
                + " compound(Ruiz-11, Ana-10) nsubj(delivered-12, Ruiz-11) dep(speech-9, delivered-12) case(Quelland-14, in-13)"
                + " obl(delivered-12, Quelland-14) punct(growth-4, .-15)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "The goal is growth"), found.toString());
  }

  @Test
  void aRelativeThatParsedAsAComplementBeforeAndSaidIsNoSpeaker() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON stressed/VBD=stress her/PRP$ support/NN of/IN the/DT raid/NN that/WDT"
            + " freed/VBD=free the/DT crew/NN and/CC said/VBD=say she/PRP was/VBD=be proud/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(stressed-3, Ruiz-2) root(ROOT-0, stressed-3) nmod:poss(support-5, her-4)"
                + " obj(stressed-3, support-5) case(raid-8, of-6) det(raid-8, the-7) nmod(support-5, raid-8)"
                + " nsubj(freed-10, that-9) ccomp(raid-8, freed-10) det(crew-12, the-11) obj(freed-10, crew-12)"
                + " cc(said-14, and-13) conj(freed-10, said-14) nsubj(proud-17, she-15) cop(proud-17, was-16)"
                + " ccomp(said-14, proud-17) punct(stressed-3, .-18)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "she was proud"), found.toString());
  }

  @Test
  void aThingBeforeAParticipleGivesWayToTheSpeakingSubject() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Ana/NNP@PERSON Ruiz/NNP@PERSON voiced/VBD=voice frustration/NN ,/, and/CC a/DT little/JJ doubt/NN ,/,"
            + " about/IN the/DT vote/NN ,/, telling/VBG=tell aides/NNS=aide that/IN the/DT count/NN was/VBD=be wrong/JJ ./.",
            "compound(Ruiz-2, Ana-1) nsubj(voiced-3, Ruiz-2) root(ROOT-0, voiced-3) obj(voiced-3, frustration-4)"
                + " punct(doubt-9, ,-5) cc(doubt-9, and-6) det(doubt-9, a-7) amod(doubt-9, little-8) nsubj(telling-15, doubt-9)"
                + " punct(doubt-9, ,-10) case(vote-13, about-11) det(vote-13, the-12) obl(telling-15, vote-13)"
                + " punct(telling-15, ,-14) conj(voiced-3, telling-15) obj(telling-15, aides-16) mark(wrong-21, that-17)"
                + " det(count-19, the-18) nsubj(wrong-21, count-19) cop(wrong-21, was-20) ccomp(telling-15, wrong-21)"
                + " punct(voiced-3, .-22)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Ana Ruiz -> Ana Ruiz |", "the count was wrong"), found.toString());
  }

  @Test
  void aThingWithItsOwnByPhraseIsThatOnesAndAnObjectControlsTheInfinitive() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("This/DT decision/NN by/IN the/DT Harbour/NNP@ORGANIZATION Board/NNP@ORGANIZATION to/TO not/RB"
            + " recommend/VB=recommend any/DT charges/NNS=charge ,/, destroys/VBZ=destroy trust/NN ./.",
            "det(decision-2, This-1) nsubj(recommend-9, decision-2) case(Board-6, by-3) det(Board-6, the-4)"
                + " compound(Board-6, Harbour-5) nmod(decision-2, Board-6) mark(recommend-9, to-7) advmod(recommend-9, not-8)"
                + " root(ROOT-0, recommend-9) det(charges-11, any-10) obj(recommend-9, charges-11) punct(recommend-9, ,-12)"
                + " parataxis(recommend-9, destroys-13) obj(destroys-13, trust-14) punct(recommend-9, .-15)")
        .sentence("The/DT charter/NN gives/VBZ=give the/DT chair/NN power/NN to/TO call/VB=call for/IN a/DT new/JJ vote/NN ./.",
            "det(charter-2, The-1) nsubj(gives-3, charter-2) root(ROOT-0, gives-3) det(chair-5, the-4) obj(gives-3, chair-5)"
                + " obj(gives-3, power-6) mark(call-8, to-7) xcomp(gives-3, call-8) case(vote-12, for-9) det(vote-12, a-10)"
                + " amod(vote-12, new-11) obl(call-8, vote-12) punct(gives-3, .-13)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Harbour Board ->", "any charges"), found.toString());
    assertTrue(has(found, "the chair ->", "a new vote"), found.toString());
  }

  @Test
  void aFinalParticipleHungInsideARelativeClauseIsTheOuterSubjects() {
    AnnotatedArticle a = Docs.article("2019-03-14")
        .sentence("Tom/NNP@PERSON Hale/NNP@PERSON refused/VBD=refuse to/TO pay/VB=pay a/DT builder/NN who/WP said/VBD=say"
            + " he/PRP was/VBD=be owed/VBN=owe money/NN ,/, saying/VBG=say ,/, \"/`` The/DT roof/NN leaks/VBZ=leak ./. \"/''",
            "compound(Hale-2, Tom-1) nsubj(refused-3, Hale-2) root(ROOT-0, refused-3) mark(pay-5, to-4) xcomp(refused-3, pay-5)"
                + " det(builder-7, a-6) obj(pay-5, builder-7) nsubj(said-9, who-8) acl:relcl(builder-7, said-9)"
                + " nsubj:pass(owed-12, he-10) aux:pass(owed-12, was-11) ccomp(said-9, owed-12) obj(owed-12, money-13)"
                + " punct(owed-12, ,-14) dep(owed-12, saying-15) punct(saying-15, ,-16) punct(leaks-20, \"-17)"
                + " det(roof-19, The-18) nsubj(leaks-20, roof-19) ccomp(saying-15, leaks-20) punct(refused-3, .-21)"
                + " punct(refused-3, \"-22)")
        .build();
    List<String> found = quotes(a);
    assertTrue(has(found, "Tom Hale -> Tom Hale |", "The roof leaks"), found.toString());
  }
}
