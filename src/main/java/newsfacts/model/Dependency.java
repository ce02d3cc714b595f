package newsfacts.model;

/** A basic Universal Dependencies edge between token indices of one sentence; the root's governor is -1. */
public record Dependency(int governor, int dependent, String relation) {}
