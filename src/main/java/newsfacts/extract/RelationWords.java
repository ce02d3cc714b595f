package newsfacts.extract;

import java.util.Set;

/**
 * The word lists of the relation rules, each read from the lexicon file of the same name.
 *
 * @param foundingVerbs founding-verbs.txt: lemmas of "founded", "established", ...
 * @param foundingNouns founding-nouns.txt: "establishment", "creation", ... followed by "of"
 * @param perfectAuxiliaries perfect-auxiliaries.txt: "has", "have", "had" before an active participle
 * @param headquartersWords headquarters-words.txt: "headquartered", "based", "seat", ...
 * @param headquartersPrepositions headquarters-prepositions.txt: "in", "to" before the place
 * @param membershipWords membership-words.txt: "members", "groups", ... before a list of countries
 * @param memberListFillers member-list-fillers.txt: "states", "including", dashes, ... before the list
 * @param listOpeners list-openers.txt: "including", "namely", "such" after a comma
 * @param employerPrepositions employer-prepositions.txt: "of", "with", ... before an employer
 * @param titlePlacePrepositions title-place-prepositions.txt: "in", "at" before a place after a title
 * @param titleWords title-words.txt: "Sen.", "Speaker", ... titles the tagger does not mark
 * @param titleStrippedModifiers title-stripped-modifiers.txt: "former", "then", ... left out of a title
 * @param residenceVerbs residence-verbs.txt: "live", "reside" before "in" and a country
 * @param originNouns origin-nouns.txt: "woman", "citizen": a nationality on one is an origin
 * @param nonTitleRoles non-title-roles.txt: "nominee", "candidate": election roles, not posts
 * @param executiveTitles executive-titles.txt: "mayor", "governor": posts whose city or state is the employer
 * @param founderNouns founder-nouns.txt: "founder", "co-founder" in a title phrase
 * @param employmentVerbs employment-verbs.txt: "head obj", "teach at": the subject works for the organisation
 * @param memberNouns member-nouns.txt: "member", "democrat" before "on"/"of" a body
 * @param roleVerbs role-verbs.txt: "become xcomp", "serve as": the subject holds the post the verb governs
 */
public record RelationWords(
    Set<String> foundingVerbs,
    Set<String> foundingNouns,
    Set<String> perfectAuxiliaries,
    Set<String> headquartersWords,
    Set<String> headquartersPrepositions,
    Set<String> membershipWords,
    Set<String> memberListFillers,
    Set<String> listOpeners,
    Set<String> employerPrepositions,
    Set<String> titlePlacePrepositions,
    Set<String> titleWords,
    Set<String> titleStrippedModifiers,
    Set<String> nonTitleRoles,
    Set<String> residenceVerbs,
    Set<String> originNouns,
    Set<String> executiveTitles,
    Set<String> founderNouns,
    Set<String> employmentVerbs,
    Set<String> memberNouns,
    Set<String> roleVerbs) {

  static RelationWords load() {
    return new RelationWords(
        WordLists.set("founding-verbs.txt"),
        WordLists.set("founding-nouns.txt"),
        WordLists.set("perfect-auxiliaries.txt"),
        WordLists.set("headquarters-words.txt"),
        WordLists.set("headquarters-prepositions.txt"),
        WordLists.set("membership-words.txt"),
        WordLists.set("member-list-fillers.txt"),
        WordLists.set("list-openers.txt"),
        WordLists.set("employer-prepositions.txt"),
        WordLists.set("title-place-prepositions.txt"),
        WordLists.set("title-words.txt"),
        WordLists.set("title-stripped-modifiers.txt"),
        WordLists.set("non-title-roles.txt"),
        WordLists.set("residence-verbs.txt"),
        WordLists.set("origin-nouns.txt"),
        WordLists.set("executive-titles.txt"),
        WordLists.set("founder-nouns.txt"),
        WordLists.set("employment-verbs.txt"),
        WordLists.set("member-nouns.txt"),
        WordLists.set("role-verbs.txt"));
  }
}
