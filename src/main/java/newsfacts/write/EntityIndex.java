package newsfacts.write;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import newsfacts.model.EntityMention;

/** Corpus-wide view: one row per canonical entity and type, with its variants and articles. */
final class EntityIndex {
  private record Key(String entity, String type) {}

  private static final class Entry {
    final SortedSet<String> variants = new TreeSet<>();
    final SortedSet<String> docIds = new TreeSet<>();
    int mentions;
  }

  private final Map<Key, Entry> entries = new TreeMap<>(
      java.util.Comparator.comparing(Key::entity).thenComparing(Key::type));

  void add(String docId, List<EntityMention> mentions) {
    for (EntityMention m : mentions) {
      Entry e = entries.computeIfAbsent(new Key(m.canonical(), m.type().name()), k -> new Entry());
      e.variants.add(m.text().replaceAll("\\s+", " "));
      e.docIds.add(docId);
      e.mentions++;
    }
  }

  void writeTo(TableWriter table) {
    entries.forEach(
        (key, e) ->
            table.row(
                key.entity(), key.type(), String.join("; ", e.variants), e.mentions, e.docIds.size(),
                String.join("; ", e.docIds)));
  }
}
