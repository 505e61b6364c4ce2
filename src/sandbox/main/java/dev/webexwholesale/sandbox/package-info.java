/**
 * A stateful fake of the Webex Wholesale provisioning API on loopback, for tests.
 *
 * <p>{@link dev.webexwholesale.sandbox.WholesaleSandbox} serves the API from memory;
 * {@link dev.webexwholesale.sandbox.WholesaleSandboxExtension} runs one for a JUnit 5 test
 * class. Tests steer it with outcomes ({@link dev.webexwholesale.sandbox.CustomerOutcome},
 * {@link dev.webexwholesale.sandbox.SubscriberOutcome}), inject faults
 * ({@link dev.webexwholesale.sandbox.SandboxFault}), and assert on its counters
 * ({@link dev.webexwholesale.sandbox.SandboxStats}), for example that a retried POST created
 * one subscriber. See docs/sandbox.md.
 */
package dev.webexwholesale.sandbox;
