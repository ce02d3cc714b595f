package newsfacts.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import newsfacts.model.CharSpan;
import newsfacts.model.Dependency;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/** Navigation over one sentence's dependency tree: heads, children, relations, subtrees. */
public final class ParsedSentence {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public ParsedSentence(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      relation[i] = "";
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public int head(int i) {
    return head[i];
  }

  public String relation(int i) {
    return relation[i];
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child whose relation starts with one of the prefixes, or -1. */
  public int child(int i, String... relations) {
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (relation[c].equals(r) || relation[c].startsWith(r + ":")) {
          return c;
        }
      }
    }
    return -1;
  }

  public BitSet subtree(int root) {
    BitSet set = new BitSet(size());
    List<Integer> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      if (!set.get(t)) {
        set.set(t);
        stack.addAll(children.get(t));
      }
    }
    return set;
  }

  /** Character span from the first to the last token of the set, or null when empty. */
  public CharSpan span(BitSet tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    return new CharSpan(token(tokens.nextSetBit(0)).span().begin(), token(tokens.length() - 1).span().end());
  }

  public boolean isVerb(int i) {
    return token(i).pos().startsWith("VB");
  }

  /** "X was warned by the ministry that ...": the "by" phrase after a passive verb, or -1. */
  public int passiveAgent(int verb) {
    for (int c : children(verb)) {
      int mark = child(c, "case");
      boolean by = mark >= 0 && token(mark).word().equalsIgnoreCase("by");
      if (c > verb && (relation(c).equals("obl:agent") || relation(c).startsWith("obl") && by)) {
        return c;
      }
    }
    return -1;
  }
}
