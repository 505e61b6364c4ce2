package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {
  @AfterEach
  void restoreTheJdkDefaults() throws Exception {
    LogManager.getLogManager().readConfiguration();
  }

  @Test
  void theLibrarysLoggersAreOffAndOthersKeepTheJdkDefaults() {
    new QuietLogging();

    assertFalse(Logger.getLogger("dev.webexwholesale.client.internal.Http").isLoggable(Level.SEVERE));
    assertFalse(Logger.getLogger("dev.webexwholesale").isLoggable(Level.SEVERE));
    assertTrue(Logger.getLogger("org.example.Other").isLoggable(Level.INFO));
    assertFalse(Logger.getLogger("org.example.Other").isLoggable(Level.FINE));
  }
}
