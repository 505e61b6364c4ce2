package dev.webexwholesale.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.sandbox.Operation;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.webexwholesale.testing.FakeTime;

/**
 * Filter values that URL encoding likes to break: a '+' in an e-mail address or a time-zone
 * offset must reach the server as a plus, on the first page and on every next link.
 */
class QueryFiltersE2eTest extends SandboxClientTestBase {
  private static final FakeTime TIME = new FakeTime();

  @RegisterExtension
  static final WholesaleSandboxExtension SANDBOX = WholesaleSandboxExtension.create(b -> b.clock(TIME));

  @Override
  WholesaleSandboxExtension sandboxExtension() {
    return SANDBOX;
  }

  @Override
  FakeTime time() {
    return TIME;
  }

  @Test
  void plusAddressedEmailFilterFindsTheSubscriber() {
    String customerId = sandbox.createProvisionedCustomer("plus");
    Subscriber tagged = client.subscribers().provision(E2e.subscriber(customerId, "ann+voice@plus.example.com"));
    client.subscribers().provision(E2e.subscriber(customerId, "ann@plus.example.com")); // the untagged address

    List<Subscriber> found = client.subscribers()
        .list(SubscriberListParams.builder().email("ann+voice@plus.example.com").build()).stream().toList();

    assertEquals(1, found.size(), found.toString());
    assertEquals(tagged.getId(), found.get(0).getId());
  }

  @Test
  void dateTimeFilterWithAPositiveOffsetIsKeptAcrossPages() {
    String customerId = sandbox.createProvisionedCustomer("offsets");
    List<String> seeded = sandbox.seedSubscribers(customerId, 250);
    // One hour before the sandbox's (fake) now, written in India's +05:30.
    OffsetDateTime anHourAgo = OffsetDateTime.ofInstant(TIME.instant().minusSeconds(3600), ZoneOffset.ofHoursMinutes(5, 30));
    OffsetDateTime inAnHour = anHourAgo.plusHours(2);
    long listCalls = sandbox.stats().requests(Operation.LIST_SUBSCRIBERS);

    List<String> all = client.subscribers().list(SubscriberListParams.builder().after(anHourAgo).max(100).build())
        .stream().map(Subscriber::getId).toList();
    List<String> none = client.subscribers().list(SubscriberListParams.builder().after(inAnHour).max(100).build())
        .stream().map(Subscriber::getId).toList();

    assertEquals(250, all.size());
    E2e.assertSameIds(seeded, all);
    assertEquals(List.of(), none);
    assertEquals(4, sandbox.stats().requests(Operation.LIST_SUBSCRIBERS) - listCalls, "three pages, then one");
  }
}
