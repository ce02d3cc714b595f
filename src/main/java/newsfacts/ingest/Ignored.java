package newsfacts.ingest;

/** An entry of the input folder that is not an article (file name and why), reported, not failed. */
public record Ignored(String file, String reason) {}
