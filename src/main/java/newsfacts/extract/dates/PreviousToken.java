package newsfacts.extract.dates;

import java.util.Optional;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Timex;
import newsfacts.model.Token;

/** The token that ends last before an expression, in the expression's sentence. */
final class PreviousToken {
  private PreviousToken() {
  }

  /** "flights" in "two flights a day"; empty when the expression opens its sentence. */
  static Optional<Token> of(AnnotatedArticle doc, Timex t) {
    Token previous = null;
    for (Token token : doc.sentences().get(t.sentence()).tokens()) {
      if (token.span().end() > t.span().begin()) {
        break;
      }
      previous = token;
    }
    return Optional.ofNullable(previous);
  }
}
