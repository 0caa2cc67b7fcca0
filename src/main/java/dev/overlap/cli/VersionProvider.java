package dev.overlap.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "overlap " + (version == null ? "dev" : version),
      "Java " + Runtime.version() + ", " + System.getProperty("java.vendor", "unknown vendor")
    };
  }
}
