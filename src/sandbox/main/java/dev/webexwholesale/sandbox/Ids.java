package dev.webexwholesale.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Webex-looking opaque IDs: base64 of {@code ciscospark://us/<TYPE>/<uuid>}. */
final class Ids {
  private Ids() {}

  static String of(String type) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // Not a security token: a fast random UUID keeps bulk seeding cheap.
    UUID uuid = new UUID(random.nextLong(), random.nextLong());
    String raw = "ciscospark://us/" + type + "/" + uuid;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }
}
