package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupWarmupTest {
  @Test
  void onlyInvocationsThatMayCallTheApiWarmUp() {
    assertTrue(StartupWarmup.wanted("customers", "get", "ID"));
    assertTrue(StartupWarmup.wanted("--base-url", "http://127.0.0.1:1/v1", "sub-partners", "list"));
    assertFalse(StartupWarmup.wanted());
    assertFalse(StartupWarmup.wanted("--help"));
    assertFalse(StartupWarmup.wanted("customers", "get", "-h"));
    assertFalse(StartupWarmup.wanted("--version"));
    assertFalse(StartupWarmup.wanted("help", "customers"));
  }
}
