package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.WordLists;
import newsfacts.model.Token;

/**
 * The name of a document source ("the report", "the survey"): the longest capitalised name in the
 * article built on the noun, "Annual Survey of Coastal Towns (2016)". A nominal with names of its
 * own ("the Harbour Board poll") keeps its words unless that name carries one of them: a headline
 * "New Poll Shows ..." is not the Harbour Board poll.
 */
final class DocumentNames {
  private final String text;
  private final QuoteWords words;

  DocumentNames(String text, QuoteWords words) {
    this.text = text;
    this.words = words;
  }

  /** The document's name for the nominal headed by {@code lemma} with its other words {@code tokens}, or null. */
  String name(String lemma, List<Token> tokens) {
    String found = longestName(lemma);
    List<String> ownNames = tokens.stream().filter(t -> t.pos().startsWith("NNP")).map(Token::word).toList();
    return found == null || ownNames.isEmpty() || ownNames.stream().anyMatch(found::contains) ? found : null;
  }

  private String longestName(String lemma) {
    String noun = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    String capitalised = "(?:[A-Z][\\w'-]*\\s+)";
    Pattern name = Pattern.compile(
        capitalised + "*" + Pattern.quote(noun) + "(?:\\s+" + WordLists.anyOf(words.documentTitlePrepositions())
            + "\\s+(?:the\\s+)?" + capitalised.replace("\\s+", "\\s*") + "+)?(?:\\s*\\(\\d{4}\\))?");
    String best = null;
    Matcher m = name.matcher(text);
    while (m.find()) {
      String found = m.group().strip();
      if (found.contains(" ") && (best == null || found.length() > best.length())) {
        best = found;
      }
    }
    return best;
  }
}
