package dev.webexwholesale.sandbox;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link WholesaleSandbox} for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static WholesaleSandboxExtension sandbox = WholesaleSandboxExtension.create(b -> b.provisioningPolls(1));
 * // sandbox.get().baseUrl(), or declare a WholesaleSandbox parameter
 *
 * @ExtendWith(WholesaleSandboxExtension.class)   // default configuration
 * class MyTest { @Test void t(WholesaleSandbox sandbox) { ... } }
 * }</pre>
 *
 * <p>Registered on a static field or with {@code @ExtendWith}, one sandbox serves the whole
 * class and its state is {@linkplain WholesaleSandbox#reset() reset} before each test (unless
 * {@link #keepingStateBetweenTests()}); on an instance field, each test gets its own sandbox.
 */
public final class WholesaleSandboxExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Consumer<WholesaleSandbox.Builder> configuration;
  private final boolean resetBetweenTests;
  private WholesaleSandbox sandbox;
  private boolean perTest;
  /** The class context that started the sandbox; nested classes share it. */
  private String ownerId;

  /** With the default configuration; used by {@code @ExtendWith}. */
  public WholesaleSandboxExtension() {
    this(builder -> { }, true);
  }

  private WholesaleSandboxExtension(Consumer<WholesaleSandbox.Builder> configuration, boolean resetBetweenTests) {
    this.configuration = configuration;
    this.resetBetweenTests = resetBetweenTests;
  }

  /**
   * An extension whose sandbox is configured by {@code configuration}.
   *
   * @param configuration sets up the sandbox's builder, e.g. {@code b -> b.provisioningPolls(1)}
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static WholesaleSandboxExtension create(Consumer<WholesaleSandbox.Builder> configuration) {
    return new WholesaleSandboxExtension(configuration, true);
  }

  /**
   * The same extension, but state carries over from test to test in a class.
   *
   * @return a new extension with the same configuration that never resets between tests
   */
  public WholesaleSandboxExtension keepingStateBetweenTests() {
    return new WholesaleSandboxExtension(configuration, false);
  }

  /**
   * The running sandbox.
   *
   * @return the sandbox of the current test class (or test)
   * @throws IllegalStateException no test is running
   */
  public WholesaleSandbox get() {
    if (sandbox == null) {
      throw new IllegalStateException("the sandbox runs only while tests run");
    }
    return sandbox;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (sandbox == null) {
      sandbox = startSandbox();
      ownerId = context.getUniqueId();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (sandbox != null && !perTest && context.getUniqueId().equals(ownerId)) {
      sandbox.close();
      sandbox = null;
      ownerId = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (sandbox == null) {
      // Registered on an instance field: beforeAll never ran for this instance.
      perTest = true;
      sandbox = startSandbox();
    } else if (!perTest && resetBetweenTests) {
      sandbox.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest && sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == WholesaleSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (sandbox == null) {
      // A constructor parameter under the per-method lifecycle is resolved before beforeEach.
      perTest = true;
      sandbox = startSandbox();
    }
    return sandbox;
  }

  private WholesaleSandbox startSandbox() {
    WholesaleSandbox.Builder builder = WholesaleSandbox.builder();
    configuration.accept(builder);
    return builder.build().start();
  }
}
