package newsfacts.model;

import java.util.Optional;

/**
 * Relation slots: the TAC KBP slot inventory (as CoreNLP's KBP annotator writes it) and the two
 * slots the annotation scheme adds, org:city_of_founding and org:observer_of. Our rules produce
 * the scheme's slots only; the rest appear in the stock CoreNLP baseline.
 */
public enum RelationSlot {
  // The scheme's slots (annotation-scheme.md).
  PER_TITLE("per:title"),
  PER_EMPLOYEE_OR_MEMBER_OF("per:employee_or_member_of"),
  PER_ORIGIN("per:origin"),
  PER_COUNTRIES_OF_RESIDENCE("per:countries_of_residence"),
  ORG_ALTERNATE_NAMES("org:alternate_names"),
  ORG_MEMBER_OF("org:member_of"),
  ORG_DATE_FOUNDED("org:date_founded"),
  ORG_CITY_OF_FOUNDING("org:city_of_founding"),
  ORG_FOUNDED_BY("org:founded_by"),
  ORG_CITY_OF_HEADQUARTERS("org:city_of_headquarters"),
  ORG_COUNTRY_OF_HEADQUARTERS("org:country_of_headquarters"),
  ORG_OBSERVER_OF("org:observer_of"),
  // The other TAC KBP slots.
  PER_ALTERNATE_NAMES("per:alternate_names"),
  PER_DATE_OF_BIRTH("per:date_of_birth"),
  PER_AGE("per:age"),
  PER_COUNTRY_OF_BIRTH("per:country_of_birth"),
  PER_STATEORPROVINCE_OF_BIRTH("per:stateorprovince_of_birth"),
  PER_CITY_OF_BIRTH("per:city_of_birth"),
  PER_DATE_OF_DEATH("per:date_of_death"),
  PER_COUNTRY_OF_DEATH("per:country_of_death"),
  PER_STATEORPROVINCE_OF_DEATH("per:stateorprovince_of_death"),
  PER_CITY_OF_DEATH("per:city_of_death"),
  PER_CAUSE_OF_DEATH("per:cause_of_death"),
  PER_STATESORPROVINCES_OF_RESIDENCE("per:statesorprovinces_of_residence"),
  PER_CITIES_OF_RESIDENCE("per:cities_of_residence"),
  PER_SCHOOLS_ATTENDED("per:schools_attended"),
  PER_RELIGION("per:religion"),
  PER_SPOUSE("per:spouse"),
  PER_CHILDREN("per:children"),
  PER_PARENTS("per:parents"),
  PER_SIBLINGS("per:siblings"),
  PER_OTHER_FAMILY("per:other_family"),
  PER_CHARGES("per:charges"),
  ORG_POLITICAL_RELIGIOUS_AFFILIATION("org:political_religious_affiliation"),
  ORG_TOP_MEMBERS_EMPLOYEES("org:top_members_employees"),
  ORG_NUMBER_OF_EMPLOYEES_MEMBERS("org:number_of_employees_members"),
  ORG_MEMBERS("org:members"),
  ORG_SUBSIDIARIES("org:subsidiaries"),
  ORG_PARENTS("org:parents"),
  ORG_DATE_DISSOLVED("org:date_dissolved"),
  ORG_STATEORPROVINCE_OF_HEADQUARTERS("org:stateorprovince_of_headquarters"),
  ORG_SHAREHOLDERS("org:shareholders"),
  ORG_WEBSITE("org:website");

  private final String writtenName;

  RelationSlot(String writtenName) {
    this.writtenName = writtenName;
  }

  /** The slot as the tables write it: "per:title". */
  public String writtenName() {
    return writtenName;
  }

  /** The slot written as {@code name} ("org:member_of"), or empty for a name outside the list. */
  public static Optional<RelationSlot> fromWrittenName(String name) {
    for (RelationSlot slot : values()) {
      if (slot.writtenName.equals(name)) {
        return Optional.of(slot);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return writtenName;
  }
}
