package dev.webexwholesale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "bulk", mixinStandardHelpOptions = true,
    description = {"Provision many customers or subscribers from a file, each exactly once, resumable.",
        "stdout: one JSON line per row; stderr: progress and a summary.",
        "Exit 0 when every row succeeded, 3 if any failed or was rejected, else 5 if any is on hold, "
            + "else 4 if any timed out; 6 when the run stopped early (journal failure, 401/403, Retry-After beyond "
            + "--max-retry-after), 130 when interrupted (143 on SIGTERM)."},
    subcommands = {BulkCommand.Customers.class, BulkCommand.Subscribers.class, BulkReportCommand.class})
final class BulkCommand {
  @ParentCommand
  RootCommand root;

  @Command(name = "customers", mixinStandardHelpOptions = true, description = "Customers, keyed by externalId.")
  static final class Customers {
    @ParentCommand
    BulkCommand bulk;

    @Command(name = "provision", mixinStandardHelpOptions = true,
        description = "Provision one customer per row (fields of Provision a Wholesale Customer).")
    int provision(@Mixin BulkOptions options) throws Exception {
      return BulkRun.customers(bulk.root, options);
    }
  }

  @Command(name = "subscribers", mixinStandardHelpOptions = true,
      description = "Subscribers, keyed by customer and email.")
  static final class Subscribers {
    @ParentCommand
    BulkCommand bulk;

    @Command(name = "provision", mixinStandardHelpOptions = true,
        description = {"Provision one subscriber per row (fields of Provision a Wholesale Subscriber).",
            "Name the customer by customerId or by customerExternalId (looked up once per customer)."})
    int provision(@Mixin BulkOptions options) throws Exception {
      return BulkRun.subscribers(bulk.root, options);
    }
  }
}
