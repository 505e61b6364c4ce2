package dev.webexwholesale.cli;

import dev.webexwholesale.sandbox.WholesaleSandbox;
import java.util.function.Consumer;

/**
 * Binds {@link SandboxLauncher} to the project's sandbox, with one sub-partner that owns one
 * provisioned customer, so {@code --sub-partner} has something to show.
 */
final class EmbeddedSandbox {
  /** base64 of "demo-sub-partner": IDs are opaque base64 strings, like real ones. */
  static final String DEMO_SUB_PARTNER = "ZGVtby1zdWItcGFydG5lcg==";
  static final String SUB_PARTNER_CUSTOMER = "sub-partner-customer-001";

  private EmbeddedSandbox() {
  }

  static SandboxLauncher.Running start(WholesaleSandbox.Builder configured, Consumer<WholesaleSandbox> setup) {
    return running(configured.build().start(), setup);
  }

  /** Adds the demo sub-partner and its customer to a started sandbox, runs {@code setup} and wraps it. */
  static SandboxLauncher.Running running(WholesaleSandbox sandbox) {
    return running(sandbox, s -> { });
  }

  static SandboxLauncher.Running running(WholesaleSandbox sandbox, Consumer<WholesaleSandbox> setup) {
    try {
      sandbox.addSubPartner(DEMO_SUB_PARTNER);
      sandbox.createProvisionedCustomer(SUB_PARTNER_CUSTOMER, DEMO_SUB_PARTNER);
      setup.accept(sandbox);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    return new SandboxLauncher.Running() {
      @Override
      public String baseUrl() {
        return sandbox.baseUrl();
      }

      @Override
      public void close() {
        sandbox.close();
      }
    };
  }
}
