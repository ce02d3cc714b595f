package newsfacts.model;

public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  NATIONALITY,
  MISC
}
