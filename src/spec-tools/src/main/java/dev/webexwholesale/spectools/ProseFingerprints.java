package dev.webexwholesale.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Fingerprints of Webex's prose: a hash of every run of {@value #WORDS} words of its descriptions, summaries and
 * titles, so a test can tell that the assembled spec carries none of Webex's sentences without the repository
 * keeping them.
 */
final class ProseFingerprints {
  static final int WORDS = 6;
  /** A sentence's end, a blank line, a list item, a " - " inside an item, or a literal \\n (prose quoted in JSON). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:](?=\\s|$)|\\n\\s*\\n|\\n\\s*[*+-]\\s|\\\\n|\\s-\\s");

  private ProseFingerprints() {
  }

  /**
   * The fingerprints of the prose of an OpenAPI document (before its prose is stripped): its info, tags, paths and
   * the component schemas the paths reach (Webex's file also describes other APIs' schemas).
   */
  static Set<String> of(JsonNode document) {
    Set<String> out = new TreeSet<>();
    texts(document.path("info"), false, out);
    texts(document.path("tags"), false, out);
    texts(document.path("paths"), true, out);
    JsonNode schemas = document.path("components").path("schemas");
    Deque<String> todo = new ArrayDeque<>(refs(document.path("paths")));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (seen.add(name) && schemas.has(name)) {
        texts(schemas.get(name), false, out);
        todo.addAll(refs(schemas.get(name)));
      }
    }
    return out;
  }

  private static List<String> refs(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode ref : node.findValues("$ref")) {
      String text = ref.asText();
      if (text.startsWith("#/components/schemas/")) {
        out.add(text.substring("#/components/schemas/".length()));
      }
    }
    return out;
  }

  private static void texts(JsonNode node, boolean namesMap, Set<String> out) {
    if (node.isArray()) {
      node.forEach(item -> texts(item, false, out));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String key = field.getKey();
        JsonNode value = field.getValue();
        if (!namesMap && Prose.PROSE_KEYS.contains(key) && value.isTextual()) {
          out.addAll(windows(value.asText()));
        } else if (namesMap || !(Prose.DATA.contains(key) || key.startsWith("x-"))) {
          texts(value, !namesMap && Prose.NAME_MAPS.contains(key) && value.isObject(), out);
        }
      });
    }
  }

  /**
   * Hashes of each run of {@value #WORDS} consecutive words of a sentence (lower case, markup and punctuation
   * ignored). Runs stop at a sentence's end, a blank line and a list item, so a list of short items whose words a
   * seed says one by one is not one long run.
   */
  static List<String> windows(String text) {
    List<String> out = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      String[] words = sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", " ").trim().split(" ");
      for (int i = 0; i + WORDS <= words.length; i++) {
        out.add(hash(String.join(" ", List.of(words).subList(i, i + WORDS))));
      }
    }
    return out;
  }

  private static String hash(String words) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
