package dev.webexwholesale.cli;

import dev.webexwholesale.sandbox.WholesaleSandbox;

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

  static SandboxLauncher.Running start(int port) {
    return start(port, java.util.List.of());
  }

  /** With {@code freeAccounts}: emails whose subscriber provision answers 202 pending_user_migration. */
  static SandboxLauncher.Running start(int port, java.util.List<String> freeAccounts) {
    WholesaleSandbox.Builder builder = WholesaleSandbox.builder().port(port).subPartner(DEMO_SUB_PARTNER);
    freeAccounts.forEach(builder::freeAccount);
    return running(builder.build().start());
  }

  /** The CLI's launcher: {@code sandbox --free-account} reaches the sandbox builder. */
  static final SandboxLauncher LAUNCHER = new SandboxLauncher() {
    @Override
    public Running start(int port) {
      return EmbeddedSandbox.start(port);
    }

    @Override
    public Running start(int port, java.util.List<String> freeAccounts) {
      return EmbeddedSandbox.start(port, freeAccounts);
    }
  };

  /** Seeds a started sandbox (which must know {@link #DEMO_SUB_PARTNER}) and wraps it. */
  static SandboxLauncher.Running running(WholesaleSandbox sandbox) {
    try {
      sandbox.createProvisionedCustomer(SUB_PARTNER_CUSTOMER, DEMO_SUB_PARTNER);
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
