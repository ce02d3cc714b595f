package newsfacts.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.WordLists;
import newsfacts.model.Dependency;
import newsfacts.model.Token;

/** Where a title written before a name begins ("External Affairs Minister", "Minister for Planning Dr. Ana Ruiz"). */
final class TitleStarts {
  private final Titles titles;
  private final Set<String> titleDomains = WordLists.set("title-domain-nouns.txt");
  private final Set<String> nameHonorifics = WordLists.set("name-honorifics.txt");

  TitleStarts(Titles titles) {
    this.titles = titles;
  }

  /** "Minister Dr. Ana Ruiz": the last token before the honorifics that stand before a name. */
  int beforeHonorific(RelationSentence s, int token) {
    int i = token;
    while (i >= 0 && nameHonorifics.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
      i--;
    }
    return i;
  }

  /**
   * The first token of the title ending at {@code end}: title words, capitalised words the parse
   * attaches to them ("External Affairs Minister"), and a capitalised "for"/"of" complement after
   * a title word that ends the title ("Minister for Planning", not "Minister of Economy Sheikh");
   * {@code end + 1} when there is none.
   */
  int titleStart(RelationSentence s, int end) {
    int start = end;
    while (start >= 0) {
      if (titles.isTitleWord(s.token(start)) || start < end && isCompoundOfTitle(s, start, end)) {
        start--;
        continue;
      }
      int j = start;
      while (j >= 0 && isCapitalised(s.token(j)) && Titles.entityAt(s, j) == null && !titles.isTitleWord(s.token(j))) {
        j--;
      }
      boolean complement = start == end && j < start && j >= 1 && (s.token(j).word().equals("for") || s.token(j).word().equals("of"))
          && titles.isTitleWord(s.token(j - 1));
      if (!complement) {
        break;
      }
      start = j - 1;
    }
    return start + 1;
  }

  /** A capitalised word, no name, whose head in the parse is an inner word of the title: "External" in "External Affairs Minister". */
  private boolean isCompoundOfTitle(RelationSentence s, int i, int end) {
    List<Dependency> deps = s.sentence.dependencies();
    if (deps.isEmpty() || !isCapitalised(s.token(i)) || Titles.entityAt(s, i) != null) {
      return false;
    }
    // a modifier of an inner title word ("Affairs"), not of the head noun: "Air Force Colonel" names the owner
    return deps.stream().anyMatch(d -> d.dependent() == i && d.relation().equals("compound") && d.governor() > i
        && d.governor() < end && titles.isTitleWord(s.token(d.governor())) && titleDomains.contains(s.token(d.governor()).word()));
  }

  private static boolean isCapitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP");
  }
}
