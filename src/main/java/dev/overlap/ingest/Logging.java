package dev.overlap.ingest;

/**
 * Keeps the libraries under Tika (PDFBox, POI, Tika itself) from writing warnings about damaged
 * documents to the terminal: overlap reports a document it cannot read in its own one line. Each
 * setting is only made when the user has not made it, so {@code -D} options still win.
 */
final class Logging {
  private Logging() {}

  static void quiet() {
    // commons-logging (PDFBox): no logger at all.
    setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
    setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    // SLF4J (Tika): no "no providers found" notice; its no-op logger is then used.
    setIfAbsent("slf4j.internal.verbosity", "ERROR");
    // Log4j API (POI): its simple logger, switched off, and no status notice.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
