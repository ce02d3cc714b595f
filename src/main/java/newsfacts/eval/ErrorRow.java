package newsfacts.eval;

/** One line of errors.csv: a missed, spurious or wrongly labelled item. */
public record ErrorRow(
    String layer, String docId, String error, int start, int end, String text, String expected, String got) {}
