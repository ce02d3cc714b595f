package newsfacts.extract;

import java.util.List;
import java.util.Set;

/**
 * The word lists of the entity rules, each read from the lexicon file of the same name. Lists
 * whose order matters (regex alternatives, prefixes tried in turn) are lists; the rest are sets.
 *
 * @param directionWords direction-words.txt: "North", "Central", ... that begin a region name
 * @param regionNames region-names.txt: continents and large regions ("Asia", "Middle East")
 * @param continentAdjectives continent-adjectives.txt: regional adjectives the scheme leaves out
 * @param facilityWords facility-words.txt: last words of names of buildings and sites
 * @param acronymNameConnectors acronym-name-connectors.txt: lower-case words inside a defined name
 * @param acronymNameDeterminers acronym-name-determiners.txt: determiners before a defined name
 * @param acronymSkippedWords acronym-skipped-words.txt: function words an acronym may skip
 * @param documentNameHeads document-name-heads.txt: "Convention", "Act", "Report", ...
 * @param documentNamePrepositions document-name-prepositions.txt: "Treaty on ...", "Convention against ..."
 * @param documentNameDeterminers document-name-determiners.txt: determiners stripped from a document name
 * @param eventNameHeads event-name-heads.txt: "Forum", "Summit", ... that end an event's name
 * @param peopleDemonyms people-demonyms.txt: demonyms of peoples CoreNLP's country list lacks
 * @param partyNames party-names.txt: "Democrats", "GOP": a party named alone
 * @param partyAdjectives party-adjectives.txt: "Republican", "Democrat": not names alone
 * @param countryNames country-names.txt: short and former country names
 * @param cityStateNames city-state-names.txt: names shared by a city and its state
 * @param stateContextWords state-context-words.txt: "state", "governor" after such a name
 * @param stateAbbreviations state-abbreviations.txt: "Va.", "N.Y."
 * @param cityNameHeads city-name-heads.txt: "City", "Springs" ending a city name
 * @param documentNameConnectors document-name-connectors.txt: "of", "in" inside a document's name
 * @param nationalBodyHeads national-body-heads.txt: "Ministry", "Embassy" after a nationality
 * @param nameOpeningWords name-opening-words.txt: "Prince", "Dear": words before a person's name, not in it
 */
public record EntityWords(
    Set<String> directionWords,
    Set<String> regionNames,
    Set<String> continentAdjectives,
    Set<String> facilityWords,
    List<String> acronymNameConnectors,
    List<String> acronymNameDeterminers,
    Set<String> acronymSkippedWords,
    List<String> documentNameHeads,
    List<String> documentNamePrepositions,
    List<String> documentNameDeterminers,
    Set<String> eventNameHeads,
    Set<String> peopleDemonyms,
    Set<String> partyNames,
    Set<String> partyAdjectives,
    Set<String> countryNames,
    Set<String> cityStateNames,
    Set<String> stateContextWords,
    List<String> stateAbbreviations,
    Set<String> cityNameHeads,
    Set<String> nationalBodyHeads,
    List<String> documentNameConnectors,
    Set<String> nameOpeningWords) {

  static EntityWords load() {
    return new EntityWords(
        WordLists.set("direction-words.txt"),
        WordLists.set("region-names.txt"),
        WordLists.set("continent-adjectives.txt"),
        WordLists.set("facility-words.txt"),
        WordLists.list("acronym-name-connectors.txt"),
        WordLists.list("acronym-name-determiners.txt"),
        WordLists.set("acronym-skipped-words.txt"),
        WordLists.list("document-name-heads.txt"),
        WordLists.list("document-name-prepositions.txt"),
        WordLists.list("document-name-determiners.txt"),
        WordLists.set("event-name-heads.txt"),
        WordLists.set("people-demonyms.txt"),
        WordLists.set("party-names.txt"),
        WordLists.set("party-adjectives.txt"),
        WordLists.set("country-names.txt"),
        WordLists.set("city-state-names.txt"),
        WordLists.set("state-context-words.txt"),
        WordLists.list("state-abbreviations.txt"),
        WordLists.set("city-name-heads.txt"),
        WordLists.set("national-body-heads.txt"),
        WordLists.list("document-name-connectors.txt"),
        WordLists.set("name-opening-words.txt"));
  }
}
