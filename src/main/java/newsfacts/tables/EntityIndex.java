package newsfacts.tables;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import newsfacts.model.EntityMention;

/**
 * Corpus-wide view: one row per canonical entity and type, with its variants and articles.
 * Canonical names that differ only in case ("BEIJING" in a dateline, "Beijing") are one entity,
 * shown under the form with the most mentions (ties: the one with more lower-case letters).
 */
public final class EntityIndex {
  private record Key(String entity, String type) {}

  /** One row of the index. */
  static final class Entry {
    private final String type;
    private final Map<String, Integer> names = new TreeMap<>();
    private final SortedSet<String> variants = new TreeSet<>();
    private final SortedSet<String> docIds = new TreeSet<>();
    private int mentions;

    private Entry(String type) {
      this.type = type;
    }

    String type() {
      return type;
    }

    SortedSet<String> variants() {
      return variants;
    }

    SortedSet<String> docIds() {
      return docIds;
    }

    int mentions() {
      return mentions;
    }

    String name() {
      return names.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparingLong(e -> e.getKey().chars().filter(Character::isLowerCase).count())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey)
          .orElse("");
    }
  }

  private final Map<Key, Entry> entries =
      new TreeMap<>(Comparator.comparing(Key::entity).thenComparing(Key::type));

  public void add(String docId, List<EntityMention> mentions) {
    for (EntityMention m : mentions) {
      Key key = new Key(m.canonical().toLowerCase(Locale.ROOT), m.type().name());
      Entry e = entries.computeIfAbsent(key, k -> new Entry(k.type()));
      e.names.merge(m.canonical(), 1, Integer::sum);
      e.variants.add(m.text().replaceAll("\\s+", " "));
      e.docIds.add(docId);
      e.mentions++;
    }
  }

  /** Rows in order of the entity's name as shown. */
  void writeTo(TableWriter table) {
    rows().forEach(table::row);
  }

  /** The cells of entity_index.csv, row by row, in its order. */
  public List<List<Object>> rows() {
    return entries.values().stream()
        .sorted(Comparator.comparing(Entry::name))
        .map(Tables.ENTITY_INDEX::cells)
        .toList();
  }
}
