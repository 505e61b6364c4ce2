package dev.webexwholesale.cli;

/** Binds {@link SandboxLauncher} to the project's sandbox server. */
final class EmbeddedSandbox {
  private EmbeddedSandbox() {
  }

  static SandboxLauncher.Running start(int port) {
    throw new UnsupportedOperationException("the embedded sandbox is not part of this build yet");
  }
}
