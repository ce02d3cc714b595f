package newsfacts.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Docs;
import newsfacts.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Members and observers stated by a clause (joining, being a member, observer status), on invented sentences. */
class MembershipClausesTest {
  private static Docs.Builder council() {
    return Docs.article("2022-01-10")
        .sentence("The/DT Northern/NNP@ORGANIZATION Grain/NNP@ORGANIZATION Council/NNP@ORGANIZATION met/VBD=meet ./.");
  }

  @Test
  void joiningBeingAMemberAndGettingObserverStatusButNotUnderNegation() {
    AnnotatedArticle a = council()
        .sentence("Ostravia/NNP@COUNTRY ,/, which/WDT joined/VBD=join the/DT bloc/NN in/IN 2009/CD ,/, voted/VBD=vote ./.",
            "nsubj(voted-10, Ostravia-1) nsubj(joined-4, which-3) acl:relcl(Ostravia-1, joined-4) det(bloc-6, the-5)"
                + " obj(joined-4, bloc-6) case(2009-8, in-7) obl(joined-4, 2009-8) root(ROOT-0, voted-10)")
        .timex("2009", "DATE", "2009")
        .sentence("Pellonia/NNP@COUNTRY has/VBZ=have been/VBN=be a/DT member/NN of/IN the/DT council/NN since/IN 2011/CD ./.",
            "nsubj(member-5, Pellonia-1) aux(member-5, has-2) cop(member-5, been-3) det(member-5, a-4) case(council-8, of-6)"
                + " det(council-8, the-7) nmod(member-5, council-8) root(ROOT-0, member-5)")
        .sentence("Quelland/NNP@COUNTRY would/MD not/RB join/VB=join the/DT council/NN ./.",
            "nsubj(join-4, Quelland-1) aux(join-4, would-2) advmod(join-4, not-3) det(council-6, the-5) obj(join-4, council-6)"
                + " root(ROOT-0, join-4)")
        .sentence("The/DT council/NN granted/VBD=grant observer/NN status/NN to/TO Dorvania/NNP@COUNTRY ./.",
            "det(council-2, The-1) nsubj(granted-3, council-2) compound(status-5, observer-4) obj(granted-3, status-5)"
                + " case(Dorvania-7, to-6) obl(granted-3, Dorvania-7) root(ROOT-0, granted-3)")
        .build();
    assertEquals(List.of(
        "Ostravia | org:member_of | Northern Grain Council",
        "Pellonia | org:member_of | Northern Grain Council",
        "Dorvania | org:observer_of | Northern Grain Council"), RelationFacts.of(a));
  }

  @Test
  void countriesCountedAmongItsMembers() {
    AnnotatedArticle a = council()
        .sentence("The/DT council/NN counts/VBZ=count Freedonia/NNP@COUNTRY and/CC Ostravia/NNP@COUNTRY among/IN its/PRP$"
            + " members/NNS=member ./.",
            "det(council-2, The-1) nsubj(counts-3, council-2) obj(counts-3, Freedonia-4) cc(Ostravia-6, and-5)"
                + " conj(Freedonia-4, Ostravia-6) case(members-9, among-7) nmod:poss(members-9, its-8) obl(counts-3, members-9)"
                + " root(ROOT-0, counts-3)")
        .build();
    assertEquals(List.of(
        "Freedonia | org:member_of | Northern Grain Council",
        "Ostravia | org:member_of | Northern Grain Council"), RelationFacts.of(a));
  }
}
