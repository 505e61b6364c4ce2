package dev.webexwholesale.client.internal.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold secrets or personal data (token store, bulk journal, billing downloads): created
 * owner-only from the start, so they are never readable by others, not even between creation and a
 * later chmod. Not API.
 */
public final class PrivateFiles {
  private static final FileAttribute<?> OWNER_ONLY_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final FileAttribute<?> OWNER_ONLY_DIR =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
  private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

  private PrivateFiles() {}

  /** Whether the default file system has POSIX permissions (elsewhere the helpers fall back). */
  public static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** The attributes that create a file {@code rw-------} (none where POSIX permissions do not exist). */
  public static FileAttribute<?>[] ownerOnly() {
    return posix() ? new FileAttribute<?>[] {OWNER_ONLY_FILE} : NONE;
  }

  /** Creates {@code dir} and its missing parents, {@code rwx------} where POSIX; nothing if it exists. */
  public static void createDirectories(Path dir) throws IOException {
    if (dir == null || Files.isDirectory(dir)) {
      return;
    }
    if (posix()) {
      Files.createDirectories(dir, OWNER_ONLY_DIR);
    } else {
      Files.createDirectories(dir);
    }
  }

  /** Owner-only read and write where POSIX permissions do not exist (java.io.File's portable flags). */
  public static void restrictWithoutPosix(Path path) {
    java.io.File f = path.toFile();
    f.setReadable(false, false);
    f.setWritable(false, false);
    f.setReadable(true, true);
    f.setWritable(true, true);
  }

  /**
   * Forces a directory's entries to disk, so a file created or moved into it survives a power loss;
   * best effort: some file systems cannot open or force a directory.
   */
  public static void forceDirectory(Path dir) {
    if (dir == null || !posix()) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // the file itself is forced by its writer; the entry may be lost with power only
    }
  }
}
