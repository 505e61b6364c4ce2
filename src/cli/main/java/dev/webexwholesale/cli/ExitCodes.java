package dev.webexwholesale.cli;

/** The CLI's exit codes: scripts branch on them, so they never change meaning. */
public final class ExitCodes {
  /** Success: the command did what it was asked (a wait ended provisioned; every bulk row succeeded). */
  public static final int OK = 0;
  /** Webex answered with an error, or no answer arrived. */
  public static final int API_ERROR = 1;
  /** Bad command line, duration, request file or missing token: nothing was sent. */
  public static final int USAGE = 2;
  /** Provisioning ended in {@code error} or {@code provisioned_with_errors}. */
  public static final int PROVISIONING_FAILED = 3;
  /** The wait ran out of time while the resource was still transient. */
  public static final int TIMED_OUT = 4;
  /** Provisioning is on hold and needs a person (RPL review, e-mail input, migration). */
  public static final int ON_HOLD = 5;
  /**
   * A bulk run stopped before every row was taken: the journal could not be written, Webex
   * refused the partner (401, 403) or asked to wait longer than {@code --max-retry-after}. Run
   * it again with the same journal. (Ctrl-C exits {@link #INTERRUPTED}; SIGTERM 143, the JVM's own code once a signal started its shutdown.)
   */
  public static final int RUN_STOPPED = 6;
  /** The run was interrupted (Ctrl-C): 128 + SIGINT, as shells report it (SIGTERM: 143). */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {
  }
}
