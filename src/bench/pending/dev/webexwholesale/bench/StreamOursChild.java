package dev.webexwholesale.bench;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.model.Subscriber;

/**
 * Part 3, the client under test: lists all subscribers through the paging iterator in a
 * {@code -Xmx64m} JVM started by {@link StreamPart} (which serves the pages). Keeps nothing.
 *
 * <p>PENDING: compiled only once moved to src/bench/java. Argument: the server's base URL
 * (no trailing slash; paths are {@code /v1/wholesale/...}).
 */
public final class StreamOursChild {
  private StreamOursChild() {
  }

  public static void main(String[] args) {
    StreamChild child = new StreamChild();
    WholesaleClient client = WholesaleClient.builder()
        .baseUrl(args[0] + "/v1") // TODO(lead): drop "/v1" if the client's baseUrl excludes it
        .accessToken(CustomerFixture.TOKEN)
        .build();
    // TODO(lead): the real way to make a SubscriberListParams with max=100.
    var params = dev.webexwholesale.client.SubscriberListParams.builder().max(100).build();
    for (Subscriber s : client.subscribers().list(params)) {
      child.saw(s.getId());
    }
    child.printResult();
    System.exit(0); // the client's OkHttp threads must not keep the child alive
  }
}
