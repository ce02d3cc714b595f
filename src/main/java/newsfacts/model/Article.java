package newsfacts.model;

import java.nio.file.Path;

/** A decoded article: its id (file name without .txt), source file and exact text. */
public record Article(String id, Path file, String text) {}
