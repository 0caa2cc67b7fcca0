package dev.overlap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands the paths a user gives into the essay files to read.
 *
 * <p>A file given by name is always taken (the reader refuses it if it is of an unsupported kind).
 * Folders are walked in name order, following links (a link loop is reported, not followed twice);
 * hidden files and folders are skipped, and so are files of kinds overlap does not read, except
 * documents it does not read yet (EPUB, Pages, ...): those are refused with a reason. A file
 * named {@value #IGNORE_FILE} in a folder lists glob patterns, one a line, of what to skip below
 * it: a pattern without a slash matches a name at any depth, one with a slash a path relative to
 * that folder, and a trailing slash matches folders only ({@code examples/}). Lines starting with
 * {@code #} are comments.
 */
public final class EssayFinder {
  public static final String IGNORE_FILE = ".overlapignore";

  /** A file to read, with the path to show for it. */
  public record FoundFile(Path file, String displayPath) {}

  /**
   * What a walk found.
   *
   * @param files essay files in a stable order
   * @param refused given paths that do not exist and folders that could not be walked
   * @param skippedOtherTypes files in folders that overlap does not read (not an error)
   */
  public record Found(List<FoundFile> files, List<RefusedInputException> refused, int skippedOtherTypes) {}

  private EssayFinder() {}

  public static Found find(List<String> paths) {
    List<FoundFile> files = new ArrayList<>();
    List<RefusedInputException> refused = new ArrayList<>();
    int[] skipped = {0};
    for (String given : paths) {
      Path root = Path.of(given);
      if (!Files.exists(root)) {
        refused.add(new RefusedInputException(given, "no such file or folder"));
      } else if (Files.isDirectory(root)) {
        walk(root, given, files, refused, skipped);
      } else {
        files.add(new FoundFile(root, given));
      }
    }
    return new Found(List.copyOf(files), List.copyOf(refused), skipped[0]);
  }

  private static void walk(
      Path root,
      String display,
      List<FoundFile> files,
      List<RefusedInputException> refused,
      int[] skipped) {
    Map<Path, List<Rule>> rules = new HashMap<>();
    String prefix = display.endsWith("/") ? display : display + "/";
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(root) && (isHidden(dir) || ignored(rules, dir, true))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Path ignoreFile = dir.resolve(IGNORE_FILE);
              if (Files.isRegularFile(ignoreFile)) {
                rules.put(dir, Rule.parse(Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || ignored(rules, file, false)) {
                return FileVisitResult.CONTINUE;
              }
              if (MediaType.of(file).isEmpty()) {
                Optional<String> document = MediaType.unsupportedDocument(file);
                if (document.isPresent()) {
                  refused.add(
                      new RefusedInputException(
                          prefix + relative(file), MediaType.notSupportedYet(document.get())));
                  return FileVisitResult.CONTINUE;
                }
                skipped[0]++;
                return FileVisitResult.CONTINUE;
              }
              files.add(new FoundFile(file, prefix + relative(file)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason =
                  e instanceof FileSystemLoopException
                      ? "link loop (a link leads back to a folder above it; not followed)"
                      : "cannot read: " + e.getClass().getSimpleName();
              refused.add(new RefusedInputException(prefix + relative(file), reason));
              return FileVisitResult.CONTINUE;
            }

            private String relative(Path file) {
              return root.relativize(file).toString().replace('\\', '/');
            }
          });
    } catch (IOException e) {
      refused.add(new RefusedInputException(display, "cannot walk the folder: " + e.getMessage()));
    }
    files.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean ignored(Map<Path, List<Rule>> rules, Path path, boolean directory) {
    for (Map.Entry<Path, List<Rule>> entry : rules.entrySet()) {
      Path base = entry.getKey();
      if (!path.startsWith(base) || path.equals(base)) {
        continue;
      }
      Path relative = base.relativize(path);
      for (Rule rule : entry.getValue()) {
        if (rule.matches(relative, directory)) {
          return true;
        }
      }
    }
    return false;
  }

  private record Rule(PathMatcher matcher, boolean nameOnly, boolean directoriesOnly) {
    static List<Rule> parse(List<String> lines) {
      List<Rule> rules = new ArrayList<>();
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        boolean directoriesOnly = line.endsWith("/");
        String pattern = directoriesOnly ? line.substring(0, line.length() - 1) : line;
        if (pattern.startsWith("/")) {
          pattern = pattern.substring(1);
        }
        boolean nameOnly = !pattern.contains("/");
        rules.add(
            new Rule(
                FileSystems.getDefault().getPathMatcher("glob:" + pattern),
                nameOnly,
                directoriesOnly));
      }
      return rules;
    }

    boolean matches(Path relative, boolean directory) {
      if (directoriesOnly && !directory) {
        return false;
      }
      Path subject = nameOnly ? relative.getFileName() : relative;
      return subject != null && matcher.matches(subject);
    }
  }
}
