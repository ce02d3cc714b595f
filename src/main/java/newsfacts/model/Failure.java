package newsfacts.model;

/** An article that could not be processed, the stage where it failed and why. */
public record Failure(String docId, String file, String stage, String reason) {}
