package dev.webexwholesale.e2e;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.sandbox.WholesaleSandbox;
import dev.webexwholesale.sandbox.WholesaleSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.webexwholesale.testing.FakeTime;

/**
 * A client per test on the class's shared sandbox. Subclasses register the sandbox on a
 * static field (with their own configuration) and hand it over with the fake time both share.
 */
abstract class SandboxClientTestBase {
  WholesaleSandbox sandbox;
  WholesaleClient client;

  abstract WholesaleSandboxExtension sandboxExtension();

  abstract FakeTime time();

  @BeforeEach
  void client() {
    sandbox = sandboxExtension().get();
    client = E2e.clientFor(sandbox, time()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }
}
