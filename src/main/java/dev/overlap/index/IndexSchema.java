package dev.overlap.index;

import java.util.HexFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Field names and the one conversion between {@link IndexedEssay} and a Lucene document. */
final class IndexSchema {
  static final String ID = "id";
  static final String PATH = "path";
  static final String MEDIA = "media";
  static final String CONTENT = "content";
  static final String HASH = "hash";
  static final String WORDS = "words";
  static final String FINGERPRINT = "fp";
  static final String STEMS = "stems";
  static final String SITE = "site";
  static final String BLOCK = "block";
  static final String CLEAN_TEXT = "cleanText";
  static final String BLOCKS = "blocks";

  /** Stems: term frequencies for BM25, no positions, not stored. */
  static final FieldType STEMS_TYPE = new FieldType();

  /** Template block hashes: terms, indexed for postings only, no norms, not stored. */
  static final FieldType BLOCK_TYPE = new FieldType();

  static {
    BLOCK_TYPE.setIndexOptions(IndexOptions.DOCS);
    BLOCK_TYPE.setOmitNorms(true);
    BLOCK_TYPE.setTokenized(false);
    BLOCK_TYPE.setStored(false);
    BLOCK_TYPE.freeze();
    STEMS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    STEMS_TYPE.setTokenized(true);
    STEMS_TYPE.setStored(false);
    STEMS_TYPE.freeze();
  }

  private IndexSchema() {}

  static Document toDocument(IndexedEssay essay) {
    Document doc = new Document();
    doc.add(new StringField(ID, essay.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(essay.id())));
    doc.add(new StoredField(PATH, essay.path()));
    doc.add(new StoredField(MEDIA, essay.mediaType()));
    if (essay.content() != null) {
      doc.add(new StoredField(CONTENT, StoredText.compress(essay.content())));
    }
    doc.add(new BinaryDocValuesField(HASH, hashBytes(essay.contentHash())));
    doc.add(new StoredField(WORDS, essay.words()));
    if (essay.cleanText() != null) {
      doc.add(new StoredField(CLEAN_TEXT, StoredText.compress(essay.cleanText())));
    }
    doc.add(new StoredField(BLOCKS, essay.blocks()));
    if (essay.stems() != null) {
      doc.add(new Field(STEMS, new StemTerms(essay.stems()), STEMS_TYPE));
    }
    doc.add(new StringField(SITE, essay.site(), Field.Store.YES));
    for (long block : essay.blockHashes()) {
      doc.add(new Field(BLOCK, blockTerm(essay.site(), block), BLOCK_TYPE));
    }
    FingerprintPoints.addTo(doc, essay.fingerprints());
    return doc;
  }

  /**
   * The essay of a document's stored fields; its content hash is kept in doc values only (as 32
   * bytes, where stored hex took 64 twice over: a tenth of a referencing index), so it is given.
   */
  static StoredEssay fromDocument(Document doc, String contentHash) {
    return new StoredEssay(
        doc.get(ID),
        doc.get(PATH),
        doc.get(MEDIA),
        doc.getBinaryValue(CONTENT) == null ? null : StoredText.decompress(doc.getBinaryValue(CONTENT)),
        contentHash,
        doc.getField(WORDS).numericValue().intValue(),
        doc.get(SITE) == null ? "" : doc.get(SITE),
        doc.getBinaryValue(CLEAN_TEXT) == null ? null : StoredText.decompress(doc.getBinaryValue(CLEAN_TEXT)),
        doc.get(BLOCKS) == null ? "" : doc.get(BLOCKS));
  }

  /**
   * A SHA-256 content hash (64 hex digits, as {@code Hashes} writes it) as its 32 bytes.
   *
   * @throws IllegalArgumentException when it is not one
   */
  static BytesRef hashBytes(String contentHash) {
    if (contentHash.length() != 64) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + contentHash);
    }
    return new BytesRef(HexFormat.of().parseHex(contentHash));
  }

  /** The hex digest {@link #hashBytes} turned into bytes. */
  static String hashText(BytesRef bytes) {
    return HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
  }

  /** site (UTF-8), a zero byte, then the 8-byte block hash. */
  static BytesRef blockTerm(String site, long hash) {
    byte[] name = site.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(name, name.length + 9);
    BytesRef hashBytes = term(hash);
    System.arraycopy(hashBytes.bytes, 0, bytes, name.length + 1, 8);
    return new BytesRef(bytes);
  }

  static String blockSite(BytesRef term) {
    return new String(term.bytes, term.offset, term.length - 9, java.nio.charset.StandardCharsets.UTF_8);
  }

  static long blockHash(BytesRef term) {
    long hash = 0;
    for (int i = term.length - 8; i < term.length; i++) {
      hash = (hash << 8) | (term.bytes[term.offset + i] & 0xFF);
    }
    return hash;
  }

  static BytesRef term(long fingerprint) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) fingerprint;
      fingerprint >>>= 8;
    }
    return new BytesRef(bytes);
  }
}
