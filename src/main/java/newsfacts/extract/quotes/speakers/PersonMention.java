package newsfacts.extract.quotes.speakers;

/**
 * Where a person is mentioned, for choosing a pronoun's antecedent. {@code subject}: the mention
 * is a clause's subject or a quote's source; {@code background}: it is inside quotation marks or
 * modifies another noun ("Lund's plan", "the Lund family"), so a later pronoun rarely means it.
 */
record PersonMention(int position, int sentence, String canonical, boolean subject, boolean background) {}
