package newsfacts.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists of the quote rules, each read from the lexicon file of the same name. Verbs are
 * lemmas; most lists are compared with lower-cased words (each file's header says how).
 *
 * @param reportingVerbs reporting-verbs.txt plus infinitive-reporting-verbs.txt: "say", "vow", ...
 * @param infinitiveVerbs infinitive-reporting-verbs.txt: verbs reporting a to-infinitive ("vowed to")
 * @param verbsNeedingThat verbs-needing-that.txt: verbs that report only with "that" after the speaker
 * @param participleReportingVerbs participle-reporting-verbs.txt: ", adding ..." clauses that end a content
 * @param clauseOpeningConnectives clause-opening-connectives.txt: "However, the mayor said ..."
 * @param reportingVerbParticles reporting-verb-particles.txt: "on", "for" in "called on", "pressed for"
 * @param auxiliaryWords auxiliary-words.txt: "has", "will", ... between speaker and verb
 * @param speakerNameConnectors speaker-name-connectors.txt: "of", "for", "and" inside a speaker's name
 * @param leadingDiscourseWords leading-discourse-words.txt: "But", "that", ... left outside a quote
 * @param expletiveSubjects expletive-subjects.txt: "it", "there", "this": no source
 * @param relativePronouns relative-pronouns.txt: "who", "which", "that"
 * @param personPronouns person-pronouns.txt: "he", "she", "him", "her"
 * @param appositionPrepositions apposition-prepositions.txt: "the coordinator in Westport, Ana Ruiz"
 * @param documentNouns document-nouns.txt: "report", "study", ... sources that are documents
 * @param organizationNouns organization-nouns.txt: "ministry", "agency", ... sources that are organisations
 * @param documentTitlePrepositions document-title-prepositions.txt: "Report on ...", "Survey of ..."
 * @param npContentVerbs np-content-verbs.txt: speech verbs whose content may be their object ("denied X")
 * @param speechVerbPrepositions speech-verb-prepositions.txt: "talk about", "warn of" (lemma, space, word)
 * @param npComplementWords np-complement-words.txt: "as", "of", "for" after the object ("praised Y as Z")
 * @param speechNouns speech-nouns.txt: "statement", "letter": nominal cues ("a statement saying ...")
 * @param npComplementVerbs np-complement-verbs.txt: "call", "describe": noun-phrase content only with a complement
 * @param findingVerbs finding-verbs.txt: "show", "find": reports only with a document subject
 * @param findingSources finding-sources.txt: "poll", "study": subjects that make a finding verb report
 * @param questionComplementizers question-complementizers.txt: "if", "whether" in "asked if ..."
 * @param speechActNouns speech-act-nouns.txt: "claim that", "criticism of": nominal cues with what they state
 * @param clauseFallbackVerbs clause-fallback-verbs.txt: "say": the surface clause when the parse gives none
 * @param colonLineSources colon-line-sources.txt: "poll", "economists": a headline claim's source before a colon
 */
public record QuoteWords(
    Set<String> reportingVerbs,
    Set<String> infinitiveVerbs,
    Set<String> verbsNeedingThat,
    Set<String> participleReportingVerbs,
    Set<String> clauseOpeningConnectives,
    Set<String> reportingVerbParticles,
    Set<String> auxiliaryWords,
    Set<String> speakerNameConnectors,
    Set<String> leadingDiscourseWords,
    Set<String> expletiveSubjects,
    Set<String> relativePronouns,
    Set<String> personPronouns,
    List<String> appositionPrepositions,
    Set<String> documentNouns,
    Set<String> organizationNouns,
    List<String> documentTitlePrepositions,
    Set<String> npContentVerbs,
    Set<String> speechVerbPrepositions,
    Set<String> npComplementWords,
    Set<String> speechNouns,
    Set<String> npComplementVerbs,
    Set<String> findingVerbs,
    Set<String> findingSources,
    Set<String> questionComplementizers,
    Set<String> speechActNouns,
    Set<String> clauseFallbackVerbs,
    Set<String> colonLineSources) {

  static QuoteWords load() {
    Set<String> infinitiveVerbs = WordLists.set("infinitive-reporting-verbs.txt");
    Set<String> reportingVerbs = new HashSet<>(WordLists.list("reporting-verbs.txt"));
    reportingVerbs.addAll(infinitiveVerbs);
    Set<String> npContentVerbs = WordLists.set("np-content-verbs.txt");
    reportingVerbs.addAll(npContentVerbs);
    Set<String> speechVerbPrepositions = WordLists.set("speech-verb-prepositions.txt");
    speechVerbPrepositions.forEach(entry -> reportingVerbs.add(entry.substring(0, entry.indexOf(' '))));
    return new QuoteWords(
        Set.copyOf(reportingVerbs),
        infinitiveVerbs,
        WordLists.set("verbs-needing-that.txt"),
        WordLists.set("participle-reporting-verbs.txt"),
        WordLists.set("clause-opening-connectives.txt"),
        WordLists.set("reporting-verb-particles.txt"),
        WordLists.set("auxiliary-words.txt"),
        WordLists.set("speaker-name-connectors.txt"),
        WordLists.set("leading-discourse-words.txt"),
        WordLists.set("expletive-subjects.txt"),
        WordLists.set("relative-pronouns.txt"),
        WordLists.set("person-pronouns.txt"),
        WordLists.list("apposition-prepositions.txt"),
        WordLists.set("document-nouns.txt"),
        WordLists.set("organization-nouns.txt"),
        WordLists.list("document-title-prepositions.txt"),
        npContentVerbs,
        speechVerbPrepositions,
        WordLists.set("np-complement-words.txt"),
        WordLists.set("speech-nouns.txt"),
        WordLists.set("np-complement-verbs.txt"),
        WordLists.set("finding-verbs.txt"),
        WordLists.set("finding-sources.txt"),
        WordLists.set("question-complementizers.txt"),
        WordLists.set("speech-act-nouns.txt"),
        WordLists.set("clause-fallback-verbs.txt"),
        WordLists.set("colon-line-sources.txt"));
  }
}
