package dev.overlap.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The yardstick for index throughput: what Lucene's own demo indexer does with the same files
 * (path stored, last-modified as a point, the body through {@link StandardAnalyzer}, not stored),
 * on the same number of threads. Nothing of overlap's is used, so the ratio of the two runs is
 * what overlap's cleaning, stemming and fingerprinting cost.
 */
public final class PlainLuceneBaseline {
  private PlainLuceneBaseline() {}

  /** Indexes {@code files} into a new index at {@code indexPath} and commits. */
  public static void index(List<Path> files, Path indexPath, int threads) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    try (FSDirectory directory = FSDirectory.open(indexPath);
        IndexWriter writer = new IndexWriter(directory, config);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
      int workers = Math.max(1, threads);
      List<Future<?>> tasks = new java.util.ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int first = w;
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = first; i < files.size(); i += workers) {
                    add(writer, files.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        try {
          task.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException(e.getCause());
        }
      }
      writer.commit();
    }
  }

  private static void add(IndexWriter writer, Path file) {
    try {
      Document doc = new Document();
      doc.add(new StringField("path", file.toString(), Field.Store.YES));
      doc.add(new LongPoint("modified", Files.getLastModifiedTime(file).toMillis()));
      doc.add(
          new TextField(
              "contents", Files.newBufferedReader(file, StandardCharsets.UTF_8)));
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
