package dev.webexwholesale.cli;

import dev.webexwholesale.client.CustomerListParams;
import dev.webexwholesale.client.ProvisioningAccepted;
import dev.webexwholesale.client.SubscriberListParams;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.waiter.ProgressListener;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.retry.Backoff;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.Address;
import dev.webexwholesale.model.Customer;
import dev.webexwholesale.model.CustomerInfo;
import dev.webexwholesale.model.CustomerPrecheckInfo;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.ProvisioningPreCheckResponse;
import dev.webexwholesale.model.SubPartner;
import dev.webexwholesale.model.Subscriber;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberProvisioningParameters;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import dev.webexwholesale.model.WholesalePackagesCustomer;
import dev.webexwholesale.model.WholesalePackagesSubscriber;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The README's first command: the whole provisioning life cycle through the library against
 * an embedded sandbox, narrated on stdout. No token, no network.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Walk the whole provisioning life cycle against an embedded sandbox.",
        "Needs no token and no network; prints each step as it happens."})
final class DemoCommand implements Callable<Integer> {
  static final String DEMO_TOKEN = "sandbox-demo-token";

  @ParentCommand
  RootCommand root;

  @Option(names = "--interval", paramLabel = "D", defaultValue = "500ms", converter = DurationConverter.class,
      description = "Poll interval while waiting (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "2m", converter = DurationConverter.class,
      description = "Give up a wait after this long (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  private PrintWriter out;
  private int step;

  @Override
  public Integer call() throws Exception {
    out = root.ctx.out;
    long started = root.ctx.time.nanoTime();
    WaiterConfig waits = WaiterConfig.builder().backoff(Backoff.fixed(interval)).maxTime(timeout).build();
    try (SandboxLauncher.Running sandbox = root.ctx.sandboxes.start(WholesaleSandbox.builder(), s -> { });
        WholesaleClient client = root.newClient(sandbox.baseUrl(), DEMO_TOKEN)) {
      out.println("Webex Wholesale demo: embedded sandbox at " + sandbox.baseUrl());
      out.println("(no token, no network: every call below goes through the Java client library)");
      int code = lifeCycle(client, waits);
      if (code == ExitCodes.OK) {
        out.println();
        out.println("Done in " + DurationConverter.format(Duration.ofNanos(root.ctx.time.nanoTime() - started))
            + ": customer and subscriber provisioned, updated and removed.");
      }
      out.flush();
      return code;
    }
  }

  private int lifeCycle(WholesaleClient client, WaiterConfig waits) {
    String externalId = "demo-acme-001";
    Address address = new Address().addressLine1("771 Alder Drive").city("Milpitas").stateOrProvince("CA")
        .zipOrPostalCode("95035").country("US");
    CustomerInfo info = new CustomerInfo().name("Acme Demo Inc.").primaryEmail("admin@acme-demo.example")
        .language("en");

    step("Precheck customer " + externalId);
    ProvisioningPreCheckResponse customerCheck = client.customers().precheck(new CustomerPrecheckRequest()
        .provisioningId("demo-provisioning-id").packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId(externalId).address(address)
        .customerInfo(new CustomerPrecheckInfo().name(info.getName()).primaryEmail(info.getPrimaryEmail())));
    detail("precheck: " + describe(customerCheck));

    step("Provision customer " + externalId + " with webex_calling");
    ProvisioningAccepted accepted = client.customers().provision(new CustomerProvisionRequest()
        .provisioningId("demo-provisioning-id").packages(List.of(WholesalePackagesCustomer.WEBEX_CALLING))
        .externalId(externalId).address(address).customerInfo(info));
    String customerId = accepted.id();
    detail("accepted (202): customer id " + customerId);

    step("Wait until the customer is provisioned");
    int code = await("customer", p -> client.customers().awaitProvisioned(customerId, dev.webexwholesale.client.waiter.WaitOptions.of(waits, p)));
    if (code != ExitCodes.OK) {
      return code;
    }

    String email = "ada.lovelace@acme-demo.example";
    step("Precheck subscriber " + email);
    ProvisioningPreCheckResponse subscriberCheck = client.subscribers().precheck(new SubscriberPrecheckRequest()
        .email(email).customerId(customerId).packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING)));
    detail("precheck: " + describe(subscriberCheck));

    step("Provision subscriber " + email);
    Subscriber subscriber = client.subscribers().provision(new SubscriberProvisionRequest()
        .customerId(customerId).email(email).packages(List.of(WholesalePackagesSubscriber.WEBEX_CALLING))
        .provisioningParameters(new SubscriberProvisioningParameters().firstName("Ada").lastName("Lovelace")));
    String subscriberId = subscriber.getId();
    detail("created: subscriber id " + subscriberId + ", status " + subscriber.getStatus());

    step("Wait until the subscriber is provisioned");
    code = await("subscriber", p -> client.subscribers().awaitProvisioned(subscriberId, dev.webexwholesale.client.waiter.WaitOptions.of(waits, p)));
    if (code != ExitCodes.OK) {
      return code;
    }

    step("List the customer's subscribers (every page)");
    for (Subscriber s : client.subscribers().list(SubscriberListParams.builder().customerId(customerId).build())) {
      detail(s.getEmail() + "  " + s.getStatus() + "  " + packages(s));
    }

    step("Update the subscriber to webex_suite and wait");
    client.subscribers().update(subscriberId,
        new SubscriberUpdateRequest().packages(List.of(WholesalePackagesSubscriber.WEBEX_SUITE)));
    code = await("subscriber", p -> client.subscribers().awaitProvisioned(subscriberId, dev.webexwholesale.client.waiter.WaitOptions.of(waits, p)));
    if (code != ExitCodes.OK) {
      return code;
    }

    step("Act on behalf of a sub-partner");
    List<SubPartner> subPartners = new ArrayList<>();
    client.subPartners().list().forEach(subPartners::add);
    if (subPartners.isEmpty()) {
      detail("the sandbox lists no sub-partners; skipped");
    } else {
      String orgId = subPartners.get(0).getOrgId();
      WholesaleClient view = client.onBehalfOf(orgId);
      List<Customer> theirs = new ArrayList<>();
      view.customers().list(CustomerListParams.none()).forEach(theirs::add);
      detail(subPartners.size() + " sub-partner(s); customers seen on behalf of " + orgId + ": " + theirs.size());
    }

    step("Remove the customer");
    client.customers().remove(customerId);
    detail("accepted (202): removal runs in the background");
    return await("customer", p -> client.customers().awaitRemoved(customerId, dev.webexwholesale.client.waiter.WaitOptions.of(waits, p)));
  }

  private int await(String type, Function<ProgressListener, WaitOutcome<?>> wait) {
    ProgressPrinter progress = new ProgressPrinter(out, root.ctx.interactive, "   " + type);
    WaitOutcome<?> outcome;
    try {
      outcome = wait.apply(progress);
    } finally {
      progress.finish();
    }
    detail("-> " + (outcome.isGone() ? "gone" : outcome.status().orElse("?")) + " after " + outcome.attempts()
        + " polls in " + DurationConverter.format(outcome.elapsed()) + " (" + outcome.kind() + ")");
    if (outcome.isSuccess()) {
      return ExitCodes.OK;
    }
    // Failures go where every other command puts them, with the same exit codes.
    return Outcomes.report(outcome, new PrintWriter(java.io.Writer.nullWriter()), root.ctx.err);
  }

  private void step(String title) {
    out.println();
    out.println(++step + ". " + title);
    out.flush();
  }

  private void detail(String line) {
    out.println("   " + line);
    out.flush();
  }

  private static String describe(ProvisioningPreCheckResponse r) {
    String infos = r.getInfo() == null ? "" : r.getInfo().stream()
        .map(i -> i.getInfoCode() + " " + i.getDescription()).collect(Collectors.joining("; ", " [", "]"));
    return (r.getMessage() == null ? "ok" : r.getMessage()) + infos;
  }

  private static String packages(Subscriber s) {
    if (s.getPackages() != null && !s.getPackages().isEmpty()) {
      return s.getPackages().stream().map(WholesalePackagesSubscriber::getValue).collect(Collectors.joining(","));
    }
    return s.getPackage() == null ? "-" : s.getPackage().getValue();
  }
}
