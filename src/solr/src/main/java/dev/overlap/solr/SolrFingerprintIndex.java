package dev.overlap.solr;

import dev.overlap.fingerprint.FingerprintSettings;
import dev.overlap.index.Candidate;
import dev.overlap.index.FingerprintIndex;
import dev.overlap.index.IndexException;
import dev.overlap.index.IndexSettings;
import dev.overlap.index.IndexedEssay;
import dev.overlap.index.StoredEssay;
import dev.overlap.index.TemplateCounts;
import dev.overlap.index.TemplateLibrary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A {@link FingerprintIndex} in a SolrCloud collection built with the overlap configset.
 *
 * <p>Candidates: one constant-score clause {@code fp:HASH^=1} per probe fingerprint that passes
 * the commonness cut, so a document's score is the number of fingerprints it shares; sorted by
 * score, then identity, the shards' top lists merge exactly. Document frequencies for the cut (and
 * for choosing paraphrase query terms) come from the distributed TermsComponent, which sums them
 * over the shards. Paraphrase candidates are BM25 over stems with {@code ExactStatsCache}, so
 * scores do not depend on how documents fall on shards. A probe with more fingerprints than the
 * clause limit ({@code -Doverlap.solr.maxClauses}, default 1024, which must not exceed the
 * cluster's {@code solr.max.booleanClauses}) is queried in parts whose per-document counts are
 * added up exactly on the client.
 *
 * <p>Writes are buffered and sent in batches; {@link #commit} sends what is buffered and commits
 * the collection (hard commit, new searcher). Thread-safe: writes from several threads are
 * serialized on the buffer, as {@code index} sends them from its worker threads.
 */
final class SolrFingerprintIndex implements FingerprintIndex {
  static {
    // SolrJ logs through SLF4J; overlap reports in one line per problem, so without a logging
    // backend chosen by the user, SLF4J stays silent instead of warning that there is none.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }

  static final String SETTINGS_ID = "_overlap_settings";

  /**
   * The layout of the Solr documents (fields and how values are written), numbered apart from the
   * embedded index's schema, which changes with its Lucene files: a change there must not make
   * SolrCloud collections be rebuilt. Raise it when the Solr documents change.
   */
  static final int LAYOUT = 1;

  /** The embedded index's schema when layout 1 was written first (fingerprints as 40 bits). */
  private static final int FIRST_SCHEMA_OF_LAYOUT_1 = 3;

  static final String ID = "id";
  static final String PATH = "path";
  static final String MEDIA = "media";
  static final String CONTENT = "content";
  static final String HASH = "hash";
  static final String WORDS = "words";
  static final String CLEAN_TEXT = "cleanText";
  static final String BLOCKS = "blocks";
  static final String SITE = "site";
  static final String BLOCK = "block";
  static final String FINGERPRINT = "fp";
  static final String STEMS = "stems";
  static final String SETTINGS = "settings";
  /** Only essay documents: the settings document has no content hash. */
  private static final String ESSAYS = HASH + ":[* TO *]";
  private static final String STORED_FIELDS =
      String.join(",", ID, PATH, MEDIA, CONTENT, HASH, WORDS, SITE, CLEAN_TEXT, BLOCKS);

  private static final int BATCH = 200;
  private static final int PAGE = 5000;

  private final SolrClient client;
  private final String location;
  private final String collection;
  private final IndexSettings settings;
  private final boolean forWriting;
  private final int maxClauses = Integer.getInteger("overlap.solr.maxClauses", 1024);
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final Map<String, TemplateLibrary> templateCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile Integer readSize;

  private SolrFingerprintIndex(
      SolrClient client,
      String location,
      String collection,
      IndexSettings settings,
      boolean forWriting) {
    this.client = client;
    this.location = location;
    this.collection = collection;
    this.settings = settings;
    this.forWriting = forWriting;
  }

  static SolrFingerprintIndex open(
      String location,
      String collection,
      IndexSettings wanted,
      boolean forWriting,
      boolean rebuild) {
    SolrClient client = connect(location);
    String where = "collection " + collection + " on " + location;
    try {
      List<String> collections;
      try {
        collections = CollectionAdminRequest.listCollections(client);
      } catch (SolrServerException | IOException | RuntimeException e) {
        throw new IndexException(
            IndexException.Reason.IO,
            "cannot reach SolrCloud at "
                + location
                + " ("
                + firstLine(e)
                + "); give --solr a ZooKeeper host list (zk1:2181,zk2:2181/solr) or a Solr URL"
                + " (http://host:8983/solr)",
            e);
      }
      if (!collections.contains(collection)) {
        throw new IndexException(
            IndexException.Reason.MISSING,
            "no collection "
                + collection
                + " on "
                + location
                + "; create it with the overlap configset (README, \"Scaling out\")");
      }
      Stored stored = readSettings(client, collection, where);
      IndexSettings existing = stored == null ? null : stored.settings();
      IndexSettings settings;
      if (forWriting) {
        if (stored != null && !rebuild && !stored.sameIndexAs(wanted)) {
          throw new IndexException(
              IndexException.Reason.INCOMPATIBLE,
              where
                  + " was built with "
                  + existing.describe()
                  + "; this run asks for "
                  + wanted.describe()
                  + ". Rebuild it with: overlap index --rebuild --solr "
                  + location
                  + " --collection "
                  + collection
                  + " PATH...");
        }
        settings = wanted;
      } else {
        if (existing == null) {
          throw new IndexException(
              IndexException.Reason.MISSING,
              where
                  + " holds no overlap index; build one with: overlap index --solr "
                  + location
                  + " --collection "
                  + collection
                  + " PATH...");
        }
        if (stored.layout() != LAYOUT) {
          throw new IndexException(
              IndexException.Reason.INCOMPATIBLE,
              where
                  + " was built by an overlap whose Solr documents differ from this one's (index"
                  + " schema "
                  + existing.schemaVersion()
                  + "); rebuild it with: overlap index --rebuild --solr "
                  + location
                  + " --collection "
                  + collection
                  + " PATH...");
        }
        settings = existing;
      }
      SolrFingerprintIndex index =
          new SolrFingerprintIndex(client, location, collection, settings, forWriting);
      if (forWriting) {
        if (rebuild) {
          index.run(() -> client.deleteByQuery(collection, "*:*"));
        }
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(ID, SETTINGS_ID);
        doc.addField(SETTINGS, encode(settings));
        index.pending.add(doc);
      }
      return index;
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
  }

  private static SolrClient connect(String location) {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return new CloudHttp2SolrClient.Builder(List.of(location)).build();
    }
    int slash = location.indexOf('/');
    String hosts = slash < 0 ? location : location.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(location.substring(slash));
    return new CloudHttp2SolrClient.Builder(List.of(hosts.split(",")), chroot).build();
  }

  /**
   * What a collection's settings document says: the settings it was built with, and the layout
   * of its Solr documents ({@link #LAYOUT}; 0 for one older than any this overlap reads).
   */
  record Stored(IndexSettings settings, int layout) {
    /** Whether essays indexed with {@code wanted} may join this collection. */
    boolean sameIndexAs(IndexSettings wanted) {
      return layout == LAYOUT
          && settings.fingerprints().equals(wanted.fingerprints())
          && settings.normalization().equals(wanted.normalization())
          && settings.stems() == wanted.stems();
    }
  }

  private static Stored readSettings(SolrClient client, String collection, String where) {
    try {
      SolrDocument doc = client.getById(collection, SETTINGS_ID);
      if (doc == null) {
        return null;
      }
      Stored settings = decode(String.valueOf(doc.getFirstValue(SETTINGS)));
      if (settings == null) {
        throw new IndexException(
            IndexException.Reason.INCOMPATIBLE,
            where + " has a settings document that overlap did not write; use another collection");
      }
      return settings;
    } catch (SolrServerException | IOException | SolrException e) {
      throw new IndexException(
          IndexException.Reason.IO, where + ": cannot be read (" + firstLine(e) + ")", e);
    }
  }

  static String encode(IndexSettings settings) {
    return "shingleSize="
        + settings.fingerprints().shingleSize()
        + "\nwindow="
        + settings.fingerprints().window()
        + "\nnormalization="
        + settings.normalization()
        + "\nschemaVersion="
        + settings.schemaVersion()
        + "\nstems="
        + settings.stems()
        + "\nsolrLayout="
        + LAYOUT;
  }

  static Stored decode(String text) {
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    try {
      IndexSettings settings =
          new IndexSettings(
              new FingerprintSettings(
                  Integer.parseInt(values.get("shingleSize")),
                  Integer.parseInt(values.get("window"))),
              values.get("normalization"),
              Integer.parseInt(values.get("schemaVersion")),
              // Written before the stems could be left out: kept them.
              !"false".equals(values.get("stems")));
      String layout = values.get("solrLayout");
      if (layout != null) {
        return new Stored(settings, Integer.parseInt(layout));
      }
      // Written before the layout had its own number: the embedded index's schema 3 to 6 all
      // wrote the Solr documents of layout 1.
      return new Stored(
          settings, settings.schemaVersion() >= FIRST_SCHEMA_OF_LAYOUT_1 ? 1 : 0);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public IndexSettings settings() {
    return settings;
  }

  @Override
  public String location() {
    return "collection " + collection + " on " + location;
  }

  @Override
  public int size() {
    if (!forWriting) {
      // Opened for reading, the index is what it was at the first look (as a Lucene reader is
      // the commit it opened): counted once.
      Integer known = readSize;
      if (known == null) {
        known = countEssays();
        readSize = known;
      }
      return known;
    }
    return countEssays();
  }

  private int countEssays() {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(ESSAYS);
    query.setRows(0);
    return (int) query(query).getResults().getNumFound();
  }

  @Override
  public Map<String, String> contentHashes() {
    Map<String, String> hashes = new HashMap<>();
    for (SolrDocument doc : every(ESSAYS, ID + "," + HASH)) {
      hashes.put((String) doc.getFirstValue(ID), (String) doc.getFirstValue(HASH));
    }
    return hashes;
  }

  /** Every document matching {@code query}, with fields {@code fl}, paged with a cursor. */
  private List<SolrDocument> every(String query, String fl) {
    List<SolrDocument> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery page = new SolrQuery("*:*");
      page.addFilterQuery(query);
      page.setFields(fl);
      page.setRows(PAGE);
      page.setSort(ID, SolrQuery.ORDER.asc);
      page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(page);
      out.addAll(response.getResults());
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  @Override
  public synchronized void upsert(IndexedEssay essay) {
    writable();
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ID, essay.id());
    doc.addField(PATH, essay.path());
    doc.addField(MEDIA, essay.mediaType());
    if (essay.content() != null) {
      doc.addField(CONTENT, essay.content());
    }
    doc.addField(HASH, essay.contentHash());
    doc.addField(WORDS, essay.words());
    if (essay.cleanText() != null) {
      doc.addField(CLEAN_TEXT, essay.cleanText());
    }
    doc.addField(BLOCKS, essay.blocks());
    if (essay.stems() != null) {
      doc.addField(STEMS, essay.stemText());
    }
    doc.addField(SITE, essay.site());
    List<String> blocks = new ArrayList<>(essay.blockHashes().length);
    for (long block : essay.blockHashes()) {
      blocks.add(blockTerm(essay.site(), block));
    }
    if (!blocks.isEmpty()) {
      doc.addField(BLOCK, blocks);
    }
    Set<String> fingerprints = new LinkedHashSet<>(essay.fingerprints().length);
    for (long fingerprint : essay.fingerprints()) {
      fingerprints.add(fingerprintTerm(fingerprint));
    }
    if (!fingerprints.isEmpty()) {
      doc.addField(FINGERPRINT, fingerprints);
    }
    pending.add(doc);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  @Override
  public synchronized void delete(String id) {
    writable();
    flush();
    run(() -> client.deleteById(collection, id));
  }

  @Override
  public synchronized void commit() {
    writable();
    flush();
    run(() -> client.commit(collection, true, true));
  }

  private synchronized void flush() {
    if (!pending.isEmpty()) {
      List<SolrInputDocument> batch = new ArrayList<>(pending);
      pending.clear();
      run(() -> client.add(collection, batch));
    }
  }

  private void writable() {
    if (!forWriting) {
      throw new IllegalStateException("index opened for reading");
    }
  }

  // ---- candidates ----

  /** As the embedded index: the documents holding each fingerprint, summed over the shards. */
  @Override
  public int[] documentFrequencies(long[] hashes) {
    List<String> terms = new ArrayList<>(hashes.length);
    for (long hash : hashes) {
      terms.add(fingerprintTerm(hash));
    }
    Map<String, Long> frequencies = docFrequencies(FINGERPRINT, terms);
    int[] out = new int[hashes.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) Math.min(Integer.MAX_VALUE, frequencies.getOrDefault(terms.get(i), 0L));
    }
    return out;
  }

  @Override
  public List<Candidate> candidates(
      long[] probe, Collection<String> excludeIds, int maxDocFrequency, int topK) {
    if (probe.length == 0 || topK <= 0) {
      return List.of();
    }
    List<String> terms = new ArrayList<>(probe.length);
    for (long fingerprint : probe) {
      terms.add(fingerprintTerm(fingerprint));
    }
    List<String> kept = new ArrayList<>();
    Map<String, Long> frequencies = docFrequencies(FINGERPRINT, terms);
    for (String term : terms) {
      long df = frequencies.getOrDefault(term, 0L);
      if (df > 0 && df <= maxDocFrequency) {
        kept.add(term);
      }
    }
    if (kept.isEmpty()) {
      return List.of();
    }
    if (kept.size() <= maxClauses) {
      SolrQuery query = new SolrQuery(countingQuery(kept));
      exclude(query, excludeIds);
      query.setFields(STORED_FIELDS + ",score");
      query.setRows(topK);
      query.setSort("score", SolrQuery.ORDER.desc);
      query.addSort(ID, SolrQuery.ORDER.asc);
      List<Candidate> out = new ArrayList<>();
      for (SolrDocument doc : query(query).getResults()) {
        out.add(new Candidate(stored(doc), Math.round((Float) doc.getFirstValue("score"))));
      }
      return out;
    }
    // Too many clauses for one query: count per part over every matching document, then add up.
    Map<String, Integer> counts = new HashMap<>();
    for (int from = 0; from < kept.size(); from += maxClauses) {
      List<String> part = kept.subList(from, Math.min(kept.size(), from + maxClauses));
      String cursor = CursorMarkParams.CURSOR_MARK_START;
      while (true) {
        SolrQuery query = new SolrQuery(countingQuery(part));
        exclude(query, excludeIds);
        query.setFields(ID + ",score");
        query.setRows(PAGE);
        query.setSort("score", SolrQuery.ORDER.desc);
        query.addSort(ID, SolrQuery.ORDER.asc);
        query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        QueryResponse response = query(query);
        for (SolrDocument doc : response.getResults()) {
          counts.merge(
              (String) doc.getFirstValue(ID),
              Math.round((Float) doc.getFirstValue("score")),
              Integer::sum);
        }
        String next = response.getNextCursorMark();
        if (next == null || next.equals(cursor)) {
          break;
        }
        cursor = next;
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    ranked = ranked.subList(0, Math.min(topK, ranked.size()));
    Map<String, StoredEssay> essays = byIds(ranked.stream().map(Map.Entry::getKey).toList());
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : ranked) {
      StoredEssay essay = essays.get(entry.getKey());
      if (essay != null) {
        out.add(new Candidate(essay, entry.getValue()));
      }
    }
    return out;
  }

  /** One constant-score clause per fingerprint: a document scores the number it holds. */
  private static String countingQuery(List<String> terms) {
    StringBuilder query = new StringBuilder(terms.size() * 24);
    for (String term : terms) {
      if (query.length() > 0) {
        query.append(' ');
      }
      query.append(FINGERPRINT).append(':').append(term).append("^=1");
    }
    return query.toString();
  }

  private Map<String, StoredEssay> byIds(List<String> ids) {
    Map<String, StoredEssay> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try {
      for (SolrDocument doc : client.getById(collection, ids)) {
        StoredEssay essay = stored(doc);
        out.put(essay.id(), essay);
      }
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure(e);
    }
    return out;
  }

  // ---- paraphrase candidates ----

  @Override
  public List<Candidate> similarByWords(
      Map<String, Integer> stems, Collection<String> excludeIds, int maxQueryTerms, int topK) {
    if (topK <= 0 || stems.isEmpty()) {
      return List.of();
    }
    int documents = Math.max(1, size());
    Map<String, Long> frequencies = docFrequencies(STEMS, new ArrayList<>(stems.keySet()));
    List<Map.Entry<String, Double>> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : stems.entrySet()) {
      long df = frequencies.getOrDefault(entry.getKey(), 0L);
      if (df > 0) {
        weighted.add(
            Map.entry(entry.getKey(), entry.getValue() * Math.log((double) documents / df)));
      }
    }
    if (weighted.isEmpty()) {
      return List.of();
    }
    weighted.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Double> term :
        weighted.subList(0, Math.min(maxQueryTerms, weighted.size()))) {
      text.append(STEMS).append(':').append(ClientUtils.escapeQueryChars(term.getKey())).append(' ');
    }
    SolrQuery query = new SolrQuery(text.toString().trim());
    exclude(query, excludeIds);
    query.setFields(STORED_FIELDS);
    query.setRows(topK);
    query.setSort("score", SolrQuery.ORDER.desc);
    query.addSort(ID, SolrQuery.ORDER.asc);
    List<Candidate> out = new ArrayList<>();
    for (SolrDocument doc : query(query).getResults()) {
      out.add(new Candidate(stored(doc), 0));
    }
    return out;
  }

  // ---- templates ----

  @Override
  public TemplateLibrary templates(int minDocs, double minShare) {
    if (!forWriting) {
      // counted once per reading session and thresholds, like the embedded index per commit
      return templateCache.computeIfAbsent(
          minDocs + "/" + minShare, key -> countTemplates(minDocs, minShare));
    }
    return countTemplates(minDocs, minShare);
  }

  private TemplateLibrary countTemplates(int minDocs, double minShare) {
    Map<String, Integer> siteDocuments = new HashMap<>();
    for (TermsResponse.Term term : allTerms(SITE, 1)) {
      siteDocuments.put(term.getTerm(), (int) term.getFrequency());
    }
    Map<String, Map<Long, Integer>> counts = new HashMap<>();
    for (TermsResponse.Term term : allTerms(BLOCK, Math.max(1, minDocs))) {
      String value = term.getTerm();
      if (value.length() < 17 || value.charAt(16) != ':') {
        continue;
      }
      counts
          .computeIfAbsent(value.substring(17), key -> new HashMap<>())
          .put(Long.parseUnsignedLong(value.substring(0, 16), 16), (int) term.getFrequency());
    }
    return new TemplateCounts(siteDocuments, counts).library(minDocs, minShare);
  }

  @Override
  public StoredEssay withBlock(String site, long hash) {
    SolrQuery query = new SolrQuery("{!term f=" + BLOCK + " v=$b}");
    query.set("b", blockTerm(site, hash));
    query.setFields(STORED_FIELDS);
    query.setRows(1);
    query.setSort(ID, SolrQuery.ORDER.asc);
    SolrDocumentList results = query(query).getResults();
    return results.isEmpty() ? null : stored(results.get(0));
  }

  // ---- Solr helpers ----

  /** Document frequency of each of {@code terms} in {@code field}, summed over the shards. */
  private Map<String, Long> docFrequencies(String field, List<String> terms) {
    Map<String, Long> out = new HashMap<>();
    int part = 2000;
    for (int from = 0; from < terms.size(); from += part) {
      StringBuilder list = new StringBuilder();
      for (String term : terms.subList(from, Math.min(terms.size(), from + part))) {
        if (list.length() > 0) {
          list.append(',');
        }
        list.append(term.replace("\\", "\\\\").replace(",", "\\,"));
      }
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("terms.fl", field);
      params.set("terms.list", list.toString());
      params.set("terms.limit", -1);
      for (TermsResponse.Term term : terms(params).getTerms(field)) {
        out.merge(term.getTerm(), term.getFrequency(), Long::sum);
      }
    }
    return out;
  }

  /** Every term of {@code field} in at least {@code minCount} documents, with its frequency. */
  private List<TermsResponse.Term> allTerms(String field, int minCount) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms.fl", field);
    params.set("terms.limit", -1);
    params.set("terms.mincount", minCount);
    params.set("terms.sort", "index");
    List<TermsResponse.Term> terms = terms(params).getTerms(field);
    return terms == null ? List.of() : terms;
  }

  private TermsResponse terms(ModifiableSolrParams params) {
    params.set("terms", true);
    params.set("distrib", true);
    QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
    request.setPath("/terms");
    try {
      TermsResponse response = request.process(client, collection).getTermsResponse();
      if (response == null) {
        throw new IndexException(
            IndexException.Reason.INCOMPATIBLE,
            location() + " has no /terms handler; create it with the overlap configset");
      }
      return response;
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure(e);
    }
  }

  private static void exclude(SolrQuery query, Collection<String> excludeIds) {
    for (String id : excludeIds) {
      query.addFilterQuery("-" + ID + ":" + ClientUtils.escapeQueryChars(id));
    }
  }

  private QueryResponse query(SolrQuery query) {
    try {
      return client.query(collection, query, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure(e);
    }
  }

  private interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  private void run(SolrCall call) {
    try {
      call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      throw failure(e);
    }
  }

  private IndexException failure(Exception e) {
    return new IndexException(
        IndexException.Reason.IO, location() + ": request failed (" + firstLine(e) + ")", e);
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  static StoredEssay stored(SolrDocument doc) {
    Object words = doc.getFirstValue(WORDS);
    Object site = doc.getFirstValue(SITE);
    Object blocks = doc.getFirstValue(BLOCKS);
    return new StoredEssay(
        (String) doc.getFirstValue(ID),
        (String) doc.getFirstValue(PATH),
        (String) doc.getFirstValue(MEDIA),
        (String) doc.getFirstValue(CONTENT),
        (String) doc.getFirstValue(HASH),
        words == null ? 0 : ((Number) words).intValue(),
        site == null ? "" : (String) site,
        (String) doc.getFirstValue(CLEAN_TEXT),
        blocks == null ? "" : (String) blocks);
  }

  /**
   * A fingerprint as an opaque term: its top 40 bits, as 10 lower-case hex digits, which is what
   * the embedded index keeps of it too (so that both count the same matches).
   */
  static String fingerprintTerm(long fingerprint) {
    return String.format(Locale.ROOT, "%010x", fingerprint >>> 24);
  }

  /** A 64-bit hash as 16 lower-case hex digits. */
  static String term(long hash) {
    return String.format(Locale.ROOT, "%016x", hash);
  }

  /** A block of a site as a term: 16 hex digits of its hash, a colon, the site. */
  static String blockTerm(String site, long hash) {
    return term(hash) + ":" + site;
  }

  @Override
  public synchronized void close() {
    // What was not committed is dropped from the buffer; Solr keeps what it was sent until a
    // commit (its autoCommit only makes it durable, not visible).
    pending.clear();
    closeQuietly(client);
  }

  private static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing more to do
    }
  }
}
