package newsfacts.model;

import java.util.Locale;

public enum QuoteKind {
  DIRECT,
  INDIRECT,
  MIXED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
