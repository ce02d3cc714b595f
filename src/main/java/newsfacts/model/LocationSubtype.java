package newsfacts.model;

/** The scheme's subtypes of a LOCATION mention; the constant names are the written names. */
public enum LocationSubtype {
  COUNTRY,
  CITY,
  STATE_OR_PROVINCE,
  REGION,
  FACILITY
}
