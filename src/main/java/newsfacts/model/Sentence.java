package newsfacts.model;

import java.util.List;

public record Sentence(int index, CharSpan span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
