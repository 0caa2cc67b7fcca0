package dev.overlap.analysis;

import java.util.Set;

/** English function words, left out of the stemmed bag of words used to find paraphrase. */
final class StopWords {
  private static final Set<String> WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
          "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
          "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
          "each", "either", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
          "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
          "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me",
          "might", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not",
          "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
          "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some",
          "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
          "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until",
          "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether",
          "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
          "would", "yet", "you", "your", "yours", "yourself", "yourselves", "it's", "that's",
          "there's", "many", "well", "s");

  private StopWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
