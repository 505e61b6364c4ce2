package dev.webexwholesale.bench;

/**
 * One part of the suite (parts 2 to 4). BenchSuite loads parts by class name, so a part whose
 * sources are still in {@code src/bench/pending} (not compiled) is reported as "not run"
 * rather than breaking the build.
 */
public interface BenchPart {
  /** Runs the part and records its figures; throws if the part could not produce them. */
  void run(BenchReport report) throws Exception;
}
