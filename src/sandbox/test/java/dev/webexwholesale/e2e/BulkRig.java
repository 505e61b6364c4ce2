package dev.webexwholesale.e2e;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkEvent;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkProvisioner;
import dev.webexwholesale.client.bulk.BulkResult;
import dev.webexwholesale.client.bulk.BulkRow;
import dev.webexwholesale.client.bulk.BulkSummary;
import dev.webexwholesale.client.bulk.JsonLinesJournal;
import dev.webexwholesale.client.retry.RetryPolicy;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** A sandbox on fake time, a client for it and helpers to run bulk jobs and inspect their results. */
final class BulkRig implements AutoCloseable {
  static final Duration SETTLE = Duration.ofSeconds(7);

  final FakeTime time = new FakeTime();
  final WholesaleSandbox sandbox;
  final WholesaleClient client;
  final Path journalPath;
  /** The results of the last run, by row. */
  final Map<Long, BulkResult> results = new ConcurrentHashMap<>();
  final List<BulkEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());

  BulkRig(Path dir, Consumer<WholesaleSandbox.Builder> sandboxConfig) {
    WholesaleSandbox.Builder b = WholesaleSandbox.builder().provisioningPolls(1).clock(time);
    sandboxConfig.accept(b);
    this.sandbox = b.build().start();
    // Fast backoff on fake time; the default of 4 attempts stays.
    this.client = E2e.clientFor(sandbox, time).retryPolicy(RetryPolicy.defaults()).build();
    this.journalPath = dir.resolve("journal.jsonl");
  }

  static SubscriberProvisionRequest subscriber(String customerId, String email) {
    return E2e.subscriber(customerId, email)
        .provisioningParameters(new SubscriberProvisioningParameters().firstName("Zoë").lastName("Test"));
  }

  static List<BulkRow<SubscriberProvisionRequest>> subscriberRows(String customerId, int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> BulkRow.of(i, subscriber(customerId, "user" + i + "@bulk.example.com"))).toList();
  }

  static List<BulkRow<CustomerProvisionRequest>> customerRows(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> BulkRow.of(i, E2e.customer("ext-" + i))).toList();
  }

  BulkSummary subscribers(List<BulkRow<SubscriberProvisionRequest>> rows,
      UnaryOperator<BulkProvisioner.Builder<SubscriberProvisionRequest>> settings) throws Exception {
    results.clear();
    try (BulkJournal journal = JsonLinesJournal.open(journalPath)) {
      return settings.apply(BulkProvisioner.subscribers(client, journal).settleDelay(SETTLE).listener(this::record))
          .build().run(rows.iterator());
    }
  }

  BulkSummary customers(List<BulkRow<CustomerProvisionRequest>> rows,
      UnaryOperator<BulkProvisioner.Builder<CustomerProvisionRequest>> settings) throws Exception {
    results.clear();
    try (BulkJournal journal = JsonLinesJournal.open(journalPath)) {
      return settings.apply(BulkProvisioner.customers(client, journal).settleDelay(SETTLE).listener(this::record))
          .build().run(rows.iterator());
    }
  }

  void record(BulkEvent e) {
    events.add(e);
    if (e.step() == BulkEvent.Step.FINISHED) {
      results.put(e.row(), e.result());
    }
  }

  /** Result outcomes by row, sorted, for readable failures. */
  Map<Long, String> outcomes() {
    Map<Long, String> m = new TreeMap<>();
    results.forEach((k, v) -> m.put(k, v.outcome().wireName()));
    return m;
  }

  List<String> journalLines() throws IOException {
    return java.nio.file.Files.readAllLines(journalPath);
  }

  @Override
  public void close() {
    client.close();
    sandbox.close();
  }
}
