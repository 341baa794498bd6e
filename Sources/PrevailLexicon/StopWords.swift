/// English function words, and the meta-words CC-CEDICT glosses use ("sb", "sth", "abbr").
enum StopWords {
  static let all: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either",
    "etc", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
    "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "may", "me", "might",
    "more", "most", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off",
    "on", "once", "one's", "oneself", "only", "onto", "or", "other", "ought", "our", "ours",
    "ourselves", "out", "over", "own", "per", "same", "shall", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up",
    "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
    "would", "yet", "you", "your", "yours", "yourself", "yourselves", "'s", "s",
    // CC-CEDICT meta-words
    "sb", "sth", "sb's", "sth's", "abbr", "esp", "lit", "fig", "e.g", "i.e", "cf", "pr",
    "someone", "something", "somebody", "one",
  ]
}
