package dev.webexwholesale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void shortSecretsAndSecretsInsideLongerWordsLeaveTextAlone() {
    assertEquals("Customer not found", SafeText.line("Customer not found", "e"));
    assertEquals("abcdefgh12345", SafeText.line("abcdefgh12345", "abcdefgh"));
    assertEquals("Bearer <redacted>, again <redacted>.", SafeText.line("Bearer abcdefgh1, again abcdefgh1.",
        "abcdefgh1"));
  }

  @Test
  void userInfoOfAnyUrlIsDropped() {
    assertEquals("GET https://host:8443/v1/x failed", SafeText.line("GET https://u:p%40ss@host:8443/v1/x failed", null));
    assertEquals("see http://host/", SafeText.line("see http://user@host/", null));
    assertEquals("mail a@b.example", SafeText.line("mail a@b.example", null));
  }

  @Test
  void controlAndBidiCharactersAreEscaped() {
    assertEquals("a\\u001b[0m\\u0007\\u000a\\u000d\\u202e\\u2066\\u009bz", SafeText.line("a\u001b[0m\u0007\n\r\u202e\u2066\u009bz",
        null));
    assertEquals("naïve – ok ✓", SafeText.line("naïve – ok ✓", null));
  }
}
