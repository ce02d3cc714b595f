package newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutTest {
  @Test
  void theOptionValuesNameTheLayouts() {
    assertEquals(Layout.MERGED, Layout.parse("merged"));
    assertEquals(Layout.CSV_PARTS, Layout.parse("csv-parts"));
    assertEquals(Layout.PARQUET, Layout.parse("parquet"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Layout.parse("CSV_PARTS"));
    assertTrue(e.getMessage().contains("merged, csv-parts, parquet"), e.getMessage());
  }

  @Test
  void aSparkRunReplacesThePartitionedFoldersWithItsTables() {
    assertTrue(SparkCommand.TABLE_SET.containsAll(java.util.List.of("parts", "parquet", "entities.csv", "report")));
  }

  @Test
  void aTableFolderIsNamedAfterItsFile() {
    assertEquals("entity_index", PartitionedTables.tableName("entity_index.csv"));
  }
}
