package newsfacts.extract.quotes.speakers;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * The role words a sentence gives a person's name: the title before it ("Trade Minister Ana Ruiz",
 * "Sen. Ruiz"), the noun phrase in apposition ("Ruiz, the retired surgeon", "the agency's director,
 * Ana Ruiz") and the nation a title names, lower-cased, lemmas and words both.
 */
final class NameRoles {
  private static final Set<String> ROLE_PARTS = Set.of("compound", "amod", "flat");

  private final SpeakerWords words;

  NameRoles(SpeakerWords words) {
    this.words = words;
  }

  /** Adds the role words around a name whose tokens run from first to last, head the name's head. */
  void collect(ParsedSentence p, int head, int first, int last, Set<String> found) {
    for (int c : p.children(head)) {
      if ((c < first || c > last) && ROLE_PARTS.contains(p.relation(c))) {
        addPhrase(p, c, found);
      } else if (p.relation(c).equals("appos")) {
        addPhrase(p, c, found);
      }
    }
    if (p.relation(head).equals("appos") && p.head(head) >= 0) {
      addPhrase(p, p.head(head), found);
    }
    // Titles the parser left outside the name: "Deputy Minister" tagged TITLE just before it.
    int i = first - 1;
    for (; i >= 0 && i >= first - 4 && isTitleWord(p.token(i)); i--) {
      addWord(p.token(i), found);
    }
    // Modifiers before the title ("Ruritanian Trade Minister X", "former Gov. X") match "the Ruritanian minister".
    for (int m = i; m >= 0 && m > i - 2 && i < first - 1 && isTitleModifier(p.token(m)); m--) {
      addWord(p.token(m), found);
    }
    // "Freedonia's Energy Minister X": the country owning the title.
    if (i > 0 && i < first - 1 && p.token(i).pos().equals("POS") && Nations.names(p.token(i - 1))) {
      addWord(p.token(i - 1), found);
    }
  }

  /** A role noun with its own modifiers ("retired surgeon", "Ruritanian leader"). */
  private void addPhrase(ParsedSentence p, int noun, Set<String> found) {
    addWord(p.token(noun), found);
    for (int c : p.children(noun)) {
      // "Freedonia's foreign minister", "the foreign minister of Freedonia": the nation the role is of.
      boolean nation = p.relation(c).startsWith("nmod") && Nations.names(p.token(c));
      if (ROLE_PARTS.contains(p.relation(c)) || nation) {
        addWord(p.token(c), found);
      }
    }
  }

  private void addWord(Token t, Set<String> found) {
    String word = t.word().toLowerCase(Locale.ROOT);
    found.add(t.lemma().toLowerCase(Locale.ROOT));
    found.add(word);
    String expanded = words.titleAbbreviations().get(word);
    if (expanded != null) {
      found.add(expanded);
    }
  }

  private static boolean isTitleModifier(Token t) {
    return t.pos().startsWith("JJ") || t.pos().startsWith("NNP") || t.ner() == NerTag.NATIONALITY;
  }

  private boolean isTitleWord(Token t) {
    return t.ner() == NerTag.TITLE || words.titleAbbreviations().containsKey(t.word().toLowerCase(Locale.ROOT));
  }
}
