package dev.webexwholesale.client.waiter;

/** What one poll means: the verdict an {@link Acceptor} gives. */
public enum WaitState {
  /** The wanted state is reached: stop and succeed. */
  SUCCESS,
  /** A terminal failure (for example {@code error}): stop and report it. */
  FAILURE,
  /** A terminal hold that needs a person (for example {@code pending_rpl_review}): stop. */
  HOLD,
  /** Not settled yet: wait and poll again. */
  RETRY
}
