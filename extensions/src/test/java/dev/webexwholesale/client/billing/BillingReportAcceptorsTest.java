package dev.webexwholesale.client.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webexwholesale.client.waiter.Acceptor;
import dev.webexwholesale.client.waiter.PollAnswer;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.model.Report;
import dev.webexwholesale.model.ReportError;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The billing report waiter's declaration: only COMPLETED succeeds; an unknown status never does. */
class BillingReportAcceptorsTest {
  private static WaitState state(String status) {
    return Acceptor.evaluate(BillingReportAcceptors.completed(),
        PollAnswer.of(new Report().id("r").status(status == null ? null : Report.StatusEnum.fromValue(status))));
  }

  @Test
  void statusesMapToWaitStates() {
    assertEquals(WaitState.SUCCESS, state("COMPLETED"));
    assertEquals(WaitState.FAILURE, state("FAILED"));
    assertEquals(WaitState.RETRY, state("IN_PROGRESS"));
    assertEquals(WaitState.RETRY, state("QUEUED"), "an unknown status keeps waiting, never succeeds");
    assertEquals(WaitState.RETRY, state("completed"), "values are compared as sent");
    assertEquals(WaitState.RETRY, state(null));
    assertEquals(WaitState.FAILURE, Acceptor.evaluate(BillingReportAcceptors.completed(), PollAnswer.gone()));
    assertEquals("QUEUED", BillingReportAcceptors.view().statusOf()
        .apply(new Report().status(Report.StatusEnum.fromValue("QUEUED"))));
  }

  @Test
  void theFailureMessageNamesEachCodeAndDescriptionOnOneLine() {
    String line = BillingReportFailedException.summary(new ReportError().code(new BigDecimal("2100"))
        .description("No usage\ndata"));
    assertEquals("2100: No usage\\u000adata", line, "one line: controls escaped");
    assertEquals("(no description)", BillingReportFailedException.summary(new ReportError()));
    assertTrue(BillingReportFailedException.summary(null).contains("empty"));
  }
}
