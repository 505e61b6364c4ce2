package dev.webexwholesale.bench;

/** One part of the suite (parts 1 to 4). */
public interface BenchPart {
  /** Runs the part and records its figures; throws if the part could not produce them. */
  void run(BenchReport report) throws Exception;
}
