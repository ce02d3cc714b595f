package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.SpeakerWords;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * What an article says about each person it names: where they are mentioned (as subject or in
 * the background), their gender (first name in CoreNLP's name list, "Mr."/"Ms.", "spokeswoman")
 * and their roles: the title before the name ("Trade Minister Ana Ruiz", "Sen. Ruiz") and the
 * noun phrase in apposition ("Ruiz, the retired surgeon", "the agency's director, Ana Ruiz").
 */
final class PersonProfiles {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> MODIFIERS = Set.of("compound", "nmod:poss", "amod");

  private final SpeakerWords words;
  private final NameRoles roleWords;
  private final List<PersonMention> mentions = new ArrayList<>();
  private final List<PersonMention> roleMentions = new ArrayList<>();
  private final Map<String, int[]> genderVotes = new HashMap<>();
  private final Map<String, Set<String>> roles = new HashMap<>();
  private final Map<String, Set<String>> nations = new HashMap<>();
  private final BitSet quoted;
  private final Set<Integer> subjectOwners = new HashSet<>();

  PersonProfiles(AnnotatedArticle doc, List<EntityMention> entities, SpeakerWords words) {
    this.words = words;
    this.roleWords = new NameRoles(words);
    this.quoted = quoted(doc);
    List<ParsedSentence> parsed = doc.sentences().stream().map(ParsedSentence::new).toList();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.sentence() >= 0 && e.sentence() < parsed.size()) {
        read(parsed.get(e.sentence()), e, quoted);
      }
    }
  }

  List<PersonMention> mentions() {
    return mentions;
  }

  /** A later mention of a person by a role nominal ("the minister met ..."), for pronouns only. */
  void addRoleMention(PersonMention mention) {
    roleMentions.add(mention);
  }

  /** Mentions by name and by role nominal, for choosing a pronoun's antecedent. */
  List<PersonMention> allMentions() {
    List<PersonMention> all = new ArrayList<>(mentions);
    all.addAll(roleMentions);
    return all;
  }

  /** Whether the person mentioned at the offset owns a clause's subject ("Ana Ruiz's doctor said"). */
  boolean ownsSubject(int position) {
    return subjectOwners.contains(position);
  }

  /** Whether the offset lies inside quotation marks. */
  boolean isQuoted(int offset) {
    return quoted.get(offset);
  }

  Gender gender(String canonical) {
    int[] votes = genderVotes.getOrDefault(canonical, new int[2]);
    int male = votes[0];
    int female = votes[1];
    for (String role : roles(canonical)) {
      male += words.maleNouns().contains(role) ? 2 : 0;
      female += words.femaleNouns().contains(role) ? 2 : 0;
    }
    return Gender.of(male, female);
  }

  Set<String> roles(String canonical) {
    return roles.getOrDefault(canonical, Set.of());
  }

  /** The nations the person's titles name ("Freedonian Foreign Minister Ana Ruiz": "freedonian"), lower-cased. */
  Set<String> nations(String canonical) {
    return nations.getOrDefault(canonical, Set.of());
  }

  boolean isPerson(String canonical) {
    return genderVotes.containsKey(canonical);
  }

  /** The gender a noun denotes ("spokeswoman"), or unknown. */
  Gender genderOfNoun(String lemma) {
    return Gender.of(words.maleNouns().contains(lemma) ? 1 : 0, words.femaleNouns().contains(lemma) ? 1 : 0);
  }

  private void read(ParsedSentence p, EntityMention e, BitSet quoted) {
    int first = -1;
    int last = -1;
    for (Token t : p.sentence().tokens()) {
      if (e.span().contains(t.span())) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    int[] votes = genderVotes.computeIfAbsent(e.canonical(), k -> new int[2]);
    if (first < 0) {
      return;
    }
    int head = last;
    for (int i = first; i <= last; i++) {
      if (p.head(i) < first || p.head(i) > last) {
        head = i;
        break;
      }
    }
    boolean subject = SUBJECTS.contains(p.relation(head));
    boolean possessive = last + 1 < p.size() && p.token(last + 1).pos().equals("POS");
    boolean background = quoted.get(e.span().begin()) || possessive || MODIFIERS.contains(p.relation(head));
    mentions.add(new PersonMention(e.span().begin(), e.sentence(), e.canonical(), subject, background));
    if (p.relation(head).equals("nmod:poss") && p.head(head) >= 0 && SUBJECTS.contains(p.relation(p.head(head)))) {
      subjectOwners.add(e.span().begin());
    }
    Set<String> found = roles.computeIfAbsent(e.canonical(), k -> new HashSet<>());
    roleWords.collect(p, head, first, last, found);
    Set<String> nationWords = nations.computeIfAbsent(e.canonical(), k -> new HashSet<>());
    nationWords.addAll(Nations.of(p.sentence().tokens().stream().filter(t -> found.contains(t.word().toLowerCase(Locale.ROOT))).toList()));
    voteGender(p, e, first, votes);
  }

  /** One vote for a first name CoreNLP lists with one gender, two for an honorific ("Ms. Ruiz"). */
  private void voteGender(ParsedSentence p, EntityMention e, int first, int[] votes) {
    String firstName = e.canonical().split("\\s+")[0].toLowerCase(Locale.ROOT);
    votes[0] += words.maleFirstNames().contains(firstName) ? 1 : 0;
    votes[1] += words.femaleFirstNames().contains(firstName) ? 1 : 0;
    String before = first > 0 ? p.token(first - 1).word().toLowerCase(Locale.ROOT) : firstName;
    votes[0] += words.maleHonorifics().contains(before) || words.maleHonorifics().contains(firstName) ? 2 : 0;
    votes[1] += words.femaleHonorifics().contains(before) || words.femaleHonorifics().contains(firstName) ? 2 : 0;
  }

  /** Character offsets inside quotation marks (CoreNLP tags opening marks `` and closing ones ''). */
  private static BitSet quoted(AnnotatedArticle doc) {
    BitSet inside = new BitSet();
    int open = -1;
    int previousEnd = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (doc.text().substring(Math.min(previousEnd, t.span().begin()), t.span().begin()).contains("\n")) {
          open = -1;
        }
        if (t.pos().equals("``")) {
          open = t.span().end();
        } else if (t.pos().equals("''") && open >= 0) {
          inside.set(open, t.span().begin());
          open = -1;
        }
        previousEnd = t.span().end();
      }
    }
    return inside;
  }
}
