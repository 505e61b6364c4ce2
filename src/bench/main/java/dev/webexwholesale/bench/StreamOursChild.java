package dev.webexwholesale.bench;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Subscriber;

/**
 * Part 3, the client under test: lists one customer's subscribers through the paging iterator
 * in a {@code -Xmx64m} JVM started by {@link StreamPart}. Keeps nothing.
 *
 * <p>Arguments: the sandbox's base URL (with {@code /v1}) and the customer id.
 */
public final class StreamOursChild {
  private StreamOursChild() {
  }

  public static void main(String[] args) {
    StreamChild child = new StreamChild();
    try (WholesaleClient client = WholesaleClient.builder()
        .baseUrl(args[0])
        .accessToken(CustomerFixture.TOKEN)
        .build()) {
      SubscriberListParams params = SubscriberListParams.builder()
          .customerId(args[1])
          .max(SubscriberListParams.MAX_PAGE_SIZE)
          .build();
      for (Subscriber s : client.subscribers().list(params)) {
        child.saw(s.getId());
      }
    }
    child.printResult();
    System.exit(0); // no pool thread of the client may keep the child alive
  }
}
