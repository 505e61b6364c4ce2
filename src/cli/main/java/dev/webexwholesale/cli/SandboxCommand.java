package dev.webexwholesale.cli;

import dev.webexwholesale.sandbox.CustomerOutcome;
import dev.webexwholesale.sandbox.SandboxSettings;
import dev.webexwholesale.sandbox.SubscriberOutcome;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The one way to run the sandbox outside Java: every setting of {@link WholesaleSandbox.Builder}
 * and of its runtime methods (outcomes, faults, seeds) as options. Transitions are time-driven
 * by default, like Webex's; {@code --polls} makes them poll-driven for deterministic scripts.
 */
@Command(name = "sandbox",
    description = {"Run the embedded Webex Wholesale sandbox on 127.0.0.1 until killed.",
        "The first stdout line is its base URL. It accepts any bearer token unless",
        "--token or --accept-token is given. It knows the sub-partner",
        EmbeddedSandbox.DEMO_SUB_PARTNER + " (one customer) and any --sub-partner or",
        "--add-sub-partner. Steer it while it runs with the admin HTTP API under",
        "/__sandbox/ (docs/sandbox.md). It takes only the options below, none",
        "of the client commands' global options."},
    footerHeading = "%nOutcomes (any case, - or _):%n",
    footer = {"  customers:   provisioned, provisioned_with_errors, error,",
        "               pending_rpl_review",
        "  subscribers: provisioned, error and the pending_* holds",
        "%nFault rules (--fault, repeatable; each applies to the next TIMES matches):",
        "  fault=503,method=POST,path=/wholesale/customers,times=2,retryAfter=5",
        "  fault=reset|empty|malformed-chunk|latency  (latency: latencyMs=N)",
        "  afterHandling=true: process the request, then lose the answer",
        "%nExamples:",
        "  sandbox --port 18080 --customer-outcome acme-1=error",
        "  sandbox --polls 2 --seed acme:100 --rate-limit 20"})
final class SandboxCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  /**
   * The client's words for the same things, so a script can pass the sandbox what it passes the
   * client. Not {@code @Mixin}: the root's inherited options of these names are removed first
   * ({@link CommandTree}).
   */
  static final class ClientWords {
    @Option(names = "--token", paramLabel = "TOKEN",
        description = "Accept this bearer token (repeatable; same as --accept-token).")
    List<String> tokens = new ArrayList<>();

    @Option(names = "--sub-partner", paramLabel = "ORG_ID",
        description = "Configure this active sub-partner (repeatable; same as --add-sub-partner).")
    List<String> subPartners = new ArrayList<>();
  }

  final ClientWords clientWords = new ClientWords();

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port on 127.0.0.1 (default: any free port).")
  int port;

  @Option(names = "--delay", paramLabel = "D", converter = DurationConverter.class, defaultValue = "3s",
      description = "Time-driven transitions: provisioning, updating and deleting end D after they start, "
          + "whatever is polled (default: ${DEFAULT-VALUE}).")
  Duration delay;

  @Option(names = "--polls", paramLabel = "K",
      description = "Poll-driven transitions instead: K GETs of a resource still show the transient status.")
  Integer polls;

  @Option(names = "--rate-limit", paramLabel = "N", description = "Answer 429 + Retry-After beyond N requests a second.")
  Integer rateLimit;

  @Option(names = "--rate-burst", paramLabel = "B", description = "Burst size of --rate-limit (default: N).")
  Integer rateBurst;

  @Option(names = "--accept-token", paramLabel = "TOKEN",
      description = "Accept only these bearer tokens (repeatable; --token too). Default: any.")
  List<String> acceptTokens = new ArrayList<>();

  @Option(names = "--add-sub-partner", paramLabel = "ORG_ID",
      description = "Configure an active sub-partner (repeatable; --sub-partner too).")
  List<String> subPartners = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "EXT_ID[:N][@ORG_ID]",
      description = "Create a provisioned customer with N subscribers, optionally owned by a sub-partner (repeatable).")
  List<String> seeds = new ArrayList<>();

  @Option(names = "--customer-outcome", paramLabel = "EXT_ID=OUTCOME", mapFallbackValue = "",
      description = "Customers provisioned with this externalId end in OUTCOME (repeatable).")
  Map<String, String> customerOutcomes = new java.util.LinkedHashMap<>();

  @Option(names = "--subscriber-outcome", paramLabel = "EMAIL=OUTCOME",
      description = "Subscribers provisioned with this email end in OUTCOME (repeatable).")
  Map<String, String> subscriberOutcomes = new java.util.LinkedHashMap<>();

  @Option(names = "--next-customer-outcome", paramLabel = "OUTCOME",
      description = "Queue an outcome for the next customer without a rule (repeatable, in order).")
  List<String> nextCustomerOutcomes = new ArrayList<>();

  @Option(names = "--next-subscriber-outcome", paramLabel = "OUTCOME",
      description = "Queue an outcome for the next subscriber without a rule (repeatable, in order).")
  List<String> nextSubscriberOutcomes = new ArrayList<>();

  @Option(names = "--default-customer-outcome", paramLabel = "OUTCOME", description = "Default: provisioned.")
  String defaultCustomerOutcome;

  @Option(names = "--default-subscriber-outcome", paramLabel = "OUTCOME", description = "Default: provisioned.")
  String defaultSubscriberOutcome;

  @Option(names = "--fault", paramLabel = "RULE", description = "Inject a fault (repeatable; see below).")
  List<String> faults = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "128", description = "Server worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--request-timeout", paramLabel = "D", converter = DurationConverter.class, defaultValue = "10s",
      description = "Close a connection that sends nothing for D, e.g. a stalled upload (default: ${DEFAULT-VALUE}).")
  Duration requestTimeout;

  @Option(names = "--free-account", paramLabel = "EMAIL",
      description = "An email of an active free Webex account (repeatable): provisioning a subscriber with it"
          + " answers 202 pending_user_migration until the consent email is sent and the person consents.")
  List<String> freeAccounts = new ArrayList<>();

  @Option(names = "--lost-answer-rate", paramLabel = "P",
      description = "Share (0 to 1) of provision POSTs processed and then left unanswered: the connection closes "
          + "(to rehearse a bulk run).")
  Double lostAnswerRate;

  @Option(names = "--latency", paramLabel = "D", converter = DurationConverter.class,
      description = "Delay every answer by D, e.g. 50ms.")
  Duration latency;

  @Option(names = "--fail-billing-reports", paramLabel = "CODE:DESCRIPTION",
      description = "Every billing report ends FAILED with this error (also: POST /__sandbox/outcomes/billing-reports).")
  String failBillingReports;

  @Option(names = "--download-url-lifetime", paramLabel = "D", converter = DurationConverter.class,
      description = "Billing download URLs expire D after the report read that issued them (default: 1h).")
  Duration downloadUrlLifetime;

  @Option(names = "--case-sensitive-email-filter",
      description = "List Wholesale Subscribers' email filter matches case exactly (default: ignores case); Webex's "
          + "documents do not say, so rehearse a bulk run against both.")
  boolean caseSensitiveEmailFilter;

  @Override
  public Integer call() throws Exception {
    refuseClientOptions();
    WholesaleSandbox.Builder builder;
    List<SandboxSettings.FaultRule> faultRules = new ArrayList<>();
    Consumer<WholesaleSandbox> setup;
    try {
      builder = builder();
      for (String rule : faults) {
        faultRules.add(SandboxSettings.faultRule(rule));
      }
      setup = setup(faultRules);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SandboxLauncher.Running sandbox;
    try {
      sandbox = root.ctx.sandboxes.start(builder, setup);
    } catch (UsageException e) {
      throw e;
    } catch (Exception e) {
      throw new StartupException(startupMessage(e));
    }
    try (sandbox) {
      root.ctx.out.println(sandbox.baseUrl());
      root.ctx.out.flush();
      root.ctx.err.println("sandbox listening on " + sandbox.baseUrl() + " (" + (polls != null
          ? "poll-driven: " + polls + " poll(s)" : "time-driven: " + DurationConverter.format(delay))
          + "; admin API under /__sandbox/; Ctrl-C to stop)");
      root.ctx.err.flush();
      root.ctx.stopSignal.await();
    }
    return ExitCodes.OK;
  }

  /** Client options given before {@code sandbox} (the root parsed them): a usage error, not silently ignored. */
  private void refuseClientOptions() {
    CommandLine.ParseResult parsed = root.spec.commandLine().getParseResult();
    List<String> given = parsed == null ? List.of() : parsed.matchedOptions().stream()
        .filter(o -> !o.usageHelp() && !o.versionHelp()).map(o -> o.longestName()).distinct().toList();
    if (!given.isEmpty()) {
      throw new UsageException("sandbox takes only its own options; " + String.join(", ", given)
          + " belong to the client commands (see 'webex-wholesale sandbox --help')");
    }
  }

  /** Everything the builder takes; bad values are usage errors before anything starts. */
  WholesaleSandbox.Builder builder() {
    WholesaleSandbox.Builder b = WholesaleSandbox.builder()
        .port(port)
        .threads(threads)
        .clock(root.ctx.time.asClock())
        .requestReadTimeout(requestTimeout);
    if (polls != null) {
      b.provisioningPolls(polls);
    } else {
      b.provisioningDelay(delay);
    }
    if (rateLimit != null) {
      b.rateLimit(rateLimit, rateBurst == null ? rateLimit : rateBurst);
    } else if (rateBurst != null) {
      throw new IllegalArgumentException("--rate-burst needs --rate-limit");
    }
    List<String> tokens = new ArrayList<>(acceptTokens);
    tokens.addAll(clientWords.tokens);
    if (!tokens.isEmpty()) {
      b.acceptedTokens(tokens.toArray(String[]::new));
    }
    subPartners.forEach(b::subPartner);
    clientWords.subPartners.forEach(b::subPartner);
    freeAccounts.forEach(b::freeAccount);
    if (lostAnswerRate != null) {
      b.lostAnswerRate(lostAnswerRate);
    }
    if (latency != null) {
      b.latency(latency);
    }
    if (failBillingReports != null) {
      b.billingReportFailure(dev.webexwholesale.sandbox.BillingReportFailure.parse(failBillingReports));
    }
    if (downloadUrlLifetime != null) {
      b.downloadUrlLifetime(downloadUrlLifetime);
    }
    b.caseSensitiveEmailFilter(caseSensitiveEmailFilter);
    if (defaultCustomerOutcome != null) {
      b.defaultCustomerOutcome(SandboxSettings.customerOutcome(defaultCustomerOutcome));
    }
    if (defaultSubscriberOutcome != null) {
      b.defaultSubscriberOutcome(SandboxSettings.subscriberOutcome(defaultSubscriberOutcome));
    }
    return b;
  }

  /** Outcomes, faults and seeds: runtime settings, applied once the sandbox runs. */
  private Consumer<WholesaleSandbox> setup(List<SandboxSettings.FaultRule> faultRules) {
    Map<String, CustomerOutcome> customers = new java.util.LinkedHashMap<>();
    customerOutcomes.forEach((k, v) -> customers.put(k, SandboxSettings.customerOutcome(v)));
    Map<String, SubscriberOutcome> subscribers = new java.util.LinkedHashMap<>();
    subscriberOutcomes.forEach((k, v) -> subscribers.put(k, SandboxSettings.subscriberOutcome(v)));
    List<CustomerOutcome> nextCustomers = nextCustomerOutcomes.stream().map(SandboxSettings::customerOutcome).toList();
    List<SubscriberOutcome> nextSubscribers =
        nextSubscriberOutcomes.stream().map(SandboxSettings::subscriberOutcome).toList();
    List<Seed> parsedSeeds = seeds.stream().map(Seed::parse).toList();
    return sandbox -> {
      customers.forEach(sandbox::customerOutcome);
      subscribers.forEach(sandbox::subscriberOutcome);
      nextCustomers.forEach(sandbox::nextCustomerOutcome);
      nextSubscribers.forEach(sandbox::nextSubscriberOutcome);
      faultRules.forEach(rule -> rule.applyTo(sandbox));
      for (Seed seed : parsedSeeds) {
        String id;
        try {
          id = sandbox.createProvisionedCustomer(seed.externalId(), seed.subPartner());
        } catch (IllegalArgumentException e) {
          throw new UsageException("--seed " + seed.text() + ": " + e.getMessage());
        }
        sandbox.seedSubscribers(id, seed.subscribers());
        root.ctx.err.println("seeded customer " + id + " (externalId " + seed.externalId() + ", "
            + seed.subscribers() + " subscribers" + (seed.subPartner() == null ? "" : ", sub-partner "
            + seed.subPartner()) + ")");
      }
    };
  }

  /** {@code EXT_ID[:N][@ORG_ID]}. */
  record Seed(String text, String externalId, int subscribers, String subPartner) {
    static Seed parse(String text) {
      String rest = text;
      String org = null;
      int at = rest.lastIndexOf('@');
      if (at >= 0) {
        org = rest.substring(at + 1);
        rest = rest.substring(0, at);
      }
      int count = 0;
      int colon = rest.lastIndexOf(':');
      if (colon >= 0) {
        try {
          count = Integer.parseInt(rest.substring(colon + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--seed " + text + ": the subscriber count must be an integer");
        }
        rest = rest.substring(0, colon);
      }
      if (rest.isBlank() || count < 0 || count > 1_000_000) {
        throw new IllegalArgumentException("--seed " + text + ": expected EXT_ID[:N][@ORG_ID] with 0 <= N <= 1000000");
      }
      return new Seed(text, rest, count, org == null || org.isBlank() ? null : org);
    }
  }

  /** One plain line: "port 8080 is in use", not a stack of WireMock and Jetty exceptions. */
  private String startupMessage(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof java.net.BindException) {
        break;
      }
      t = t.getCause();
    }
    String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (t instanceof java.net.BindException || reason.toLowerCase(java.util.Locale.ROOT).contains("address already in use")) {
      return "cannot start the sandbox: port " + port + " on 127.0.0.1 is in use (choose another --port, or 0 for any)";
    }
    return "cannot start the sandbox on 127.0.0.1:" + port + ": " + reason;
  }
}
