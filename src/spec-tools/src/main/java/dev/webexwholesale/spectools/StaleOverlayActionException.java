package dev.webexwholesale.spectools;

/** An overlay action whose target selects nothing: Webex fixed or removed what the action corrects. */
final class StaleOverlayActionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  StaleOverlayActionException(String overlay, String target, String description) {
    super(overlay + ": stale action, its target " + target + " matches nothing in Webex's file (Webex changed or"
        + " removed what it corrects; fix or drop the action): " + description);
  }
}
