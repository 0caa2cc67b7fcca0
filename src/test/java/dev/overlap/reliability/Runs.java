package dev.overlap.reliability;

import dev.overlap.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Runs the CLI in-process with captured output, and writes essay-like text for corpora. */
final class Runs {
  record Result(int status, String out, String err) {
    /** The stderr lines that name {@code file}. */
    List<String> errLinesAbout(String file) {
      List<String> lines = new ArrayList<>();
      for (String line : err.split("\n", -1)) {
        if (line.contains(file)) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private static final String[] WORDS = {
    "river",
    "delta",
    "sediment",
    "farmer",
    "season",
    "levee",
    "engineer",
    "channel",
    "flood",
    "coast",
    "current",
    "soil",
    "town",
    "concrete",
    "bank",
    "mud",
    "oxbow",
    "lake",
    "bend",
    "plain",
    "history",
    "argument",
    "evidence",
    "essay",
    "reader",
    "writer",
    "because",
    "although",
    "therefore",
    "carefully",
    "quickly",
    "ancient",
    "modern",
    "village",
    "harbour",
    "trade",
    "winter",
    "summer",
    "market",
    "bridge",
    "mill",
    "canal",
    "railway",
    "factory",
    "worker",
    "child",
    "school",
    "teacher",
    "lesson",
    "question",
    "answer",
    "the",
    "a",
    "of",
    "and",
    "in",
    "to",
    "with",
    "from",
    "over",
    "under",
    "near",
    "when",
    "where",
    "which",
    "that",
    "was",
    "is"
  };

  private Runs() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  /** Distinct, reproducible essay-like text of about {@code words} words in sentences. */
  static String essay(long seed, int words) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder("Essay " + seed + "\n\n");
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      boolean startsSentence = i % 12 == 0;
      if (startsSentence) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      text.append(word);
      text.append(i % 12 == 11 ? ". " : " ");
      if (i % 60 == 59) {
        text.append("\n\n");
      }
    }
    return text.append('\n').toString();
  }
}
