package dev.overlap.solr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.overlap.analysis.EssayAnalyzer;
import dev.overlap.fingerprint.FingerprintSettings;
import dev.overlap.index.IndexSettings;
import org.junit.Test;

/**
 * A collection's settings document: the Solr documents' layout is numbered apart from the
 * embedded index's schema, so a new embedded schema does not make collections be rebuilt.
 */
public class SolrSettingsTest {
  private final IndexSettings now =
      new IndexSettings(
          new FingerprintSettings(5, 4), EssayAnalyzer.NORMALIZATION, IndexSettings.SCHEMA_VERSION);

  private static String legacy(int schema, int window) {
    return "shingleSize=5\nwindow="
        + window
        + "\nnormalization="
        + EssayAnalyzer.NORMALIZATION
        + "\nschemaVersion="
        + schema;
  }

  @Test
  public void writtenSettingsReadBackWithTheirLayout() {
    SolrFingerprintIndex.Stored stored = SolrFingerprintIndex.decode(SolrFingerprintIndex.encode(now));

    assertEquals(now, stored.settings());
    assertEquals(SolrFingerprintIndex.LAYOUT, stored.layout());
    assertTrue(stored.sameIndexAs(now));
  }

  @Test
  public void collectionsWrittenUnderEarlierSchemasWithTheSameDocumentsStayUsable() {
    for (int schema = 3; schema <= IndexSettings.SCHEMA_VERSION; schema++) {
      SolrFingerprintIndex.Stored stored = SolrFingerprintIndex.decode(legacy(schema, 4));
      assertEquals("schema " + schema, 1, stored.layout());
      assertTrue("schema " + schema, stored.sameIndexAs(now));
    }
    // Schema 2 wrote whole fingerprints: another layout, to be rebuilt.
    SolrFingerprintIndex.Stored old = SolrFingerprintIndex.decode(legacy(2, 4));
    assertEquals(0, old.layout());
    assertFalse(old.sameIndexAs(now));
  }

  @Test
  public void otherFingerprintSettingsAreAnotherIndex() {
    assertFalse(SolrFingerprintIndex.decode(legacy(6, 6)).sameIndexAs(now));
  }

  @Test
  public void aCollectionWithoutStemsIsAnotherIndexAndOlderOnesKeptThem() {
    IndexSettings without = now.withStems(false);
    SolrFingerprintIndex.Stored stored =
        SolrFingerprintIndex.decode(SolrFingerprintIndex.encode(without));

    assertEquals(without, stored.settings());
    assertTrue(stored.sameIndexAs(without));
    assertFalse(stored.sameIndexAs(now));
    assertTrue(SolrFingerprintIndex.decode(legacy(6, 4)).settings().stems());
  }
}
