package newsfacts.model;

/** One row of documents.csv. */
public record DocumentInfo(
    String docId, String file, String title, DocDate docDate, int sentences, int tokens) {}
