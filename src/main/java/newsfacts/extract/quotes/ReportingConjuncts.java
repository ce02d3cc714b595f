package newsfacts.extract.quotes;

import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * Reporting verbs coordinated with another reporting verb. "Ana said he was tired and urged a
 * vote": the parse often hangs "urged" on "tired", inside what Ana said; a reporting conjunct
 * after a reported clause is read as coordinated with the reporting verb ("said ... and urged"):
 * it shares Ana as its subject and reports a content of its own.
 */
final class ReportingConjuncts {
  private static final int MAX_DEPTH = 3;

  private ReportingConjuncts() {
  }

  /**
   * The verb {@code verb} is coordinated with: for a reporting conjunct with no subject of its own,
   * the reporting verb above its head when there is one; the verb before its "and" when the parse hung it on
   * a noun with no subject; else its head.
   */
  static int coordinationHead(ParsedSentence p, int verb, Set<String> reportingVerbs) {
    int head = p.head(verb);
    boolean sharesSubject = p.child(verb, "nsubj") < 0;
    if (!p.relation(verb).startsWith("conj") || head < 0 || !sharesSubject || !isReporting(p, verb, reportingVerbs)) {
      return head;
    }
    int reporting = reportingVerbAbove(p, head, reportingVerbs);
    if (reporting >= 0 && reporting < verb && sameTense(p, reporting, verb)) {
      return reporting;
    }
    int before = p.isVerb(head) || ClauseSubjects.subject(p, head) >= 0 ? -1 : verbBeforeCoordinator(p, verb);
    return before >= 0 ? before : head;
  }

  /**
   * "According to a statement, the premier welcomed the guest and said C", parsed with "said" as a
   * conjunct of a noun: the verb of the same tense with a subject of its own whose phrase ends right
   * before the "and" is the one "said" is coordinated with; -1 if none.
   */
  private static int verbBeforeCoordinator(ParsedSentence p, int verb) {
    int cc = p.child(verb, "cc");
    if (cc < 0 || cc != verb - 1) {
      return -1;
    }
    for (int v = cc - 1; v >= 0; v--) {
      boolean sameTag = p.token(v).pos().equals(p.token(verb).pos());
      if (sameTag && ClauseSubjects.subject(p, v) >= 0 && p.subtree(v).length() == cc) {
        return v;
      }
    }
    return -1;
  }

  /**
   * "said ... and urged" or "said ... but did not urge", not "said he would wait and urge" (a bare
   * verb under the reported clause's modal) nor "says he spoke and asked" (a past inside a present
   * report): those are part of what was said.
   */
  private static boolean sameTense(ParsedSentence p, int reporting, int conjunct) {
    String tag = p.token(conjunct).pos();
    if (tag.equals("VB")) {
      int aux = p.child(conjunct, "aux");
      return aux >= 0 && p.token(aux).lemma().equalsIgnoreCase("do");
    }
    return tag.equals(p.token(reporting).pos());
  }

  /** The reporting verb whose clausal complement is (or holds by coordination) {@code clause}; -1 if none. */
  static int reportingVerbAbove(ParsedSentence p, int clause, Set<String> reportingVerbs) {
    int current = clause;
    for (int depth = 0; depth < MAX_DEPTH && current >= 0; depth++) {
      int head = p.head(current);
      if (head >= 0 && p.relation(current).startsWith("ccomp") && isReporting(p, head, reportingVerbs)) {
        return head;
      }
      if (!p.relation(current).startsWith("conj") && !p.relation(current).startsWith("ccomp")) {
        return -1;
      }
      current = head;
    }
    return -1;
  }

  static boolean isReporting(ParsedSentence p, int t, Set<String> reportingVerbs) {
    return t >= 0 && reportingVerbs.contains(p.token(t).lemma().toLowerCase(Locale.ROOT));
  }
}
