package dev.webexwholesale.client.waiter;

/** Monotonic time source for measuring how long a wait has run; injectable so tests never sleep. */
@FunctionalInterface
public interface WaitClock {

  /** Nanoseconds from an arbitrary fixed origin, like {@link System#nanoTime()}. */
  long nanoTime();

  /** The JVM's monotonic clock. */
  static WaitClock system() {
    return System::nanoTime;
  }
}
