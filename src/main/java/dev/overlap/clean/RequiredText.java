package dev.overlap.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a text must contain for a regular expression to find anything in it: a list of
 * requirements that all hold, each a set of strings of which at least one occurs. A block that
 * lacks one is not scanned by the expression at all, which is most blocks for most of the
 * lexicon's patterns ("our (?:\w+ ){0,2}guide" needs "our " and "guide"; "[$£€]\s?\d" one of the
 * three signs).
 *
 * <p>Derived from the pattern's text, conservatively: literal characters, escaped punctuation,
 * simple character classes and groups of such alternatives count; anything the derivation does
 * not understand (character escapes such as {@code \w}, ranges, negated classes, look-arounds)
 * only ends a run of literals, and optional parts ({@code ?}, {@code *}, <code>{0,n}</code>) are
 * left out. Inline flags ({@code (?i)}), quoting and nested classes make it give up: the pattern
 * then always runs. Sound by construction, never complete: a text that passes may still not match.
 */
final class RequiredText {
  /** Adjacent alternatives combine into their product only up to this many strings. */
  private static final int MAX_ALTERNATIVES = 64;

  private static final RequiredText ANYTHING = new RequiredText(List.of());

  private final List<String[]> requirements;

  /** The characters of each alternative of each requirement, as {@link #requirements} holds them. */
  private final List<Words.CharSet[]> needs;

  private RequiredText(List<String[]> requirements) {
    this.requirements = requirements;
    List<Words.CharSet[]> needs = new ArrayList<>(requirements.size());
    for (String[] alternatives : requirements) {
      Words.CharSet[] sets = new Words.CharSet[alternatives.length];
      for (int i = 0; i < alternatives.length; i++) {
        sets[i] = Words.CharSet.of(alternatives[i]);
      }
      needs.add(sets);
    }
    this.needs = List.copyOf(needs);
  }

  /** The requirements of {@code regex}; none (always passes) when it cannot tell. */
  static RequiredText of(String regex) {
    try {
      @Nullable List<Set<String>> found = new Parser(regex).whole();
      if (found == null) {
        return ANYTHING;
      }
      List<String[]> requirements = new ArrayList<>();
      for (Set<String> alternatives : found) {
        if (!alternatives.isEmpty() && !alternatives.contains("")) {
          requirements.add(alternatives.toArray(String[]::new));
        }
      }
      return new RequiredText(List.copyOf(requirements));
    } catch (GiveUp e) {
      return ANYTHING;
    }
  }

  /** Whether {@code text} holds at least one string of every requirement. */
  boolean admits(String text) {
    return admits(text, Words.CharSet.of(text));
  }

  /**
   * The same, given the characters {@code text} holds or more ({@code chars}): an alternative
   * that needs a character outside them is not looked for, which is most of them in most blocks.
   */
  boolean admits(String text, Words.CharSet chars) {
    for (int r = 0; r < requirements.size(); r++) {
      String[] alternatives = requirements.get(r);
      Words.CharSet[] sets = needs.get(r);
      boolean any = false;
      for (int i = 0; i < alternatives.length; i++) {
        if (chars.holds(sets[i]) && text.contains(alternatives[i])) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** The requirements, each a set of alternatives (for tests). */
  List<Set<String>> requirements() {
    List<Set<String>> out = new ArrayList<>();
    for (String[] alternatives : requirements) {
      out.add(Set.of(alternatives));
    }
    return out;
  }

  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reading of the parts of Java's regex syntax that matter here. */
  private static final class Parser {
    private final String regex;
    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    /**
     * What a part of the pattern requires: {@code exact} when it matches exactly one of a set of
     * strings (so it can be joined with its neighbours), else a list of requirements that all
     * hold somewhere inside its match (possibly none).
     */
    private record Need(@Nullable Set<String> exact, List<Set<String>> inside) {
      static final Need NOTHING = new Need(null, List.of());

      List<Set<String>> all() {
        return exact == null ? inside : List.of(exact);
      }
    }

    /** Requirements of the whole pattern; null when it requires nothing. */
    @Nullable List<Set<String>> whole() {
      Need need = alternation();
      if (at != regex.length()) {
        throw new GiveUp(); // an unbalanced ')'
      }
      return need.all().isEmpty() ? null : need.all();
    }

    /**
     * An alternation up to ')' or the end. Exact when every branch is; otherwise one requirement,
     * the union of each branch's most selective one (nothing when a branch requires nothing).
     */
    private Need alternation() {
      List<Need> branches = new ArrayList<>();
      branches.add(sequence());
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Set<String> union = new LinkedHashSet<>();
      boolean exact = true;
      for (Need branch : branches) {
        exact &= branch.exact() != null;
        Set<String> best = mostSelective(branch.all());
        if (best == null) {
          return Need.NOTHING;
        }
        union.addAll(best);
      }
      return exact ? new Need(union, List.of()) : new Need(null, List.of(union));
    }

    private static @Nullable Set<String> mostSelective(List<Set<String>> requirements) {
      Set<String> best = null;
      int bestShortest = 0;
      for (Set<String> alternatives : requirements) {
        int shortest = Integer.MAX_VALUE;
        for (String s : alternatives) {
          shortest = Math.min(shortest, s.length());
        }
        if (shortest > bestShortest) {
          best = alternatives;
          bestShortest = shortest;
        }
      }
      return best;
    }

    /** A sequence of atoms up to '|', ')' or the end. */
    private Need sequence() {
      List<Set<String>> done = new ArrayList<>();
      Set<String> run = null; // the product of adjacent exact atoms so far
      boolean exact = true; // the whole sequence so far is the one run
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        Need atom = atom();
        Quantifier quantifier = quantifier();
        if (quantifier == Quantifier.OPTIONAL) {
          exact = false;
          run = flush(done, run);
          continue;
        }
        if (atom.exact() == null) {
          exact = false;
          run = flush(done, run);
          done.addAll(atom.inside());
          continue;
        }
        Set<String> joined = run == null ? atom.exact() : product(run, atom.exact());
        if (joined == null) { // too many combinations: keep the atom alone
          exact = false;
          flush(done, run);
          joined = atom.exact();
        }
        run = joined;
        if (quantifier == Quantifier.REPEATED) {
          exact = false;
          run = flush(done, run);
        }
      }
      if (exact) {
        return new Need(run == null ? Set.of("") : run, List.of());
      }
      flush(done, run);
      return new Need(null, done);
    }

    private static @Nullable Set<String> flush(List<Set<String>> done, @Nullable Set<String> run) {
      if (run != null && !run.isEmpty()) {
        done.add(run);
      }
      return null;
    }

    private static @Nullable Set<String> product(Set<String> left, Set<String> right) {
      if ((long) left.size() * right.size() > MAX_ALTERNATIVES) {
        return null;
      }
      Set<String> out = new LinkedHashSet<>();
      for (String l : left) {
        for (String r : right) {
          out.add(l + r);
        }
      }
      return out;
    }

    private enum Quantifier {
      ONCE,
      OPTIONAL,
      REPEATED
    }

    private Quantifier quantifier() {
      if (at >= regex.length()) {
        return Quantifier.ONCE;
      }
      char c = regex.charAt(at);
      Quantifier q;
      if (c == '?' || c == '*') {
        at++;
        q = Quantifier.OPTIONAL;
      } else if (c == '+') {
        at++;
        q = Quantifier.REPEATED;
      } else if (c == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new GiveUp();
        }
        String bounds = regex.substring(at + 1, close);
        at = close + 1;
        String low = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
        int min;
        try {
          min = Integer.parseInt(low.strip());
        } catch (NumberFormatException e) {
          throw new GiveUp();
        }
        q = min == 0 ? Quantifier.OPTIONAL : min == 1 && bounds.equals("1") ? Quantifier.ONCE : Quantifier.REPEATED;
      } else {
        return Quantifier.ONCE;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: same requirements
      }
      return q;
    }

    /** One atom and what it requires. */
    private Need atom() {
      int c = regex.codePointAt(at);
      at += Character.charCount(c);
      switch (c) {
        case '\\':
          return exact(escape());
        case '[':
          return exact(characterClass());
        case '(':
          return group();
        case '.', '^', '$':
          return Need.NOTHING;
        case '*', '+', '?', '{':
          throw new GiveUp(); // a quantifier with nothing before it
        default:
          return new Need(Set.of(new String(Character.toChars(c))), List.of());
      }
    }

    private static Need exact(@Nullable Set<String> strings) {
      return strings == null ? Need.NOTHING : new Need(strings, List.of());
    }

    private @Nullable Set<String> escape() {
      if (at >= regex.length()) {
        throw new GiveUp();
      }
      char c = regex.charAt(at++);
      if (c == 'Q' || c == 'E') {
        throw new GiveUp();
      }
      if (c == 'p' || c == 'P') {
        skipPropertyName();
        return null;
      }
      if (Character.isLetterOrDigit(c)) {
        if (c == 'x' || c == 'u' || c == 'c' || c == 'N' || c == 'k' || c == '0') {
          throw new GiveUp(); // code point escapes and back-references: not worth reading
        }
        return null; // \w \d \s \b \B \A \z ...: a class or an anchor
      }
      return Set.of(String.valueOf(c));
    }

    /** After {@code \p}: the property's name, one letter or in braces ({@code \p{Lu}}). */
    private void skipPropertyName() {
      if (at < regex.length() && regex.charAt(at) == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new GiveUp();
        }
        at = close + 1;
      } else {
        at++;
      }
    }

    private @Nullable Set<String> characterClass() {
      Set<String> members = new LinkedHashSet<>();
      boolean understood = true;
      if (at < regex.length() && regex.charAt(at) == '^') {
        understood = false;
        at++;
      }
      boolean first = true;
      while (true) {
        if (at >= regex.length()) {
          throw new GiveUp();
        }
        int c = regex.codePointAt(at);
        if (c == ']' && !first) {
          at++;
          break;
        }
        first = false;
        at += Character.charCount(c);
        if (c == '[' || (c == '&' && at < regex.length() && regex.charAt(at) == '&')) {
          throw new GiveUp(); // nested classes and intersections
        }
        if (c == '\\') {
          if (at >= regex.length()) {
            throw new GiveUp();
          }
          char e = regex.charAt(at++);
          if (Character.isLetterOrDigit(e)) {
            if (e == 'p' || e == 'P') {
              skipPropertyName();
            } else if (e == 'x' || e == 'u' || e == 'c' || e == 'N' || e == '0' || e == 'Q') {
              throw new GiveUp();
            }
            understood = false;
          } else {
            members.add(String.valueOf(e));
          }
          continue;
        }
        if (c == '-' && !members.isEmpty() && at < regex.length() && regex.charAt(at) != ']') {
          understood = false; // a range
          continue;
        }
        members.add(new String(Character.toChars(c)));
      }
      return understood && !members.isEmpty() ? members : null;
    }

    private Need group() {
      boolean lookaround = false;
      if (at < regex.length() && regex.charAt(at) == '?') {
        char kind = at + 1 < regex.length() ? regex.charAt(at + 1) : ' ';
        if (kind == ':') {
          at += 2;
        } else if (kind == '=' || kind == '!') {
          at += 2;
          lookaround = true;
        } else if (kind == '<' && at + 2 < regex.length()
            && (regex.charAt(at + 2) == '=' || regex.charAt(at + 2) == '!')) {
          at += 3;
          lookaround = true;
        } else if (kind == '<') {
          int close = regex.indexOf('>', at);
          if (close < 0) {
            throw new GiveUp();
          }
          at = close + 1; // a named group
        } else {
          throw new GiveUp(); // inline flags, atomic groups: not read
        }
      }
      Need inner = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new GiveUp();
      }
      at++;
      return lookaround ? Need.NOTHING : inner;
    }
  }
}
