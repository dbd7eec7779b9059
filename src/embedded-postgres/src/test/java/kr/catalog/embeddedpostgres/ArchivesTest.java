package kr.catalog.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {

  private static final byte[] SCRIPT = "#!/bin/sh\necho 준비\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;

  @Test
  void tarXzKeepsModesSymlinksAndHardLinks() throws Exception {
    Path archive = temp.resolve("dist.txz");
    try (OutputStream file = Files.newOutputStream(archive);
        TarArchiveOutputStream tar =
            new TarArchiveOutputStream(new XZCompressorOutputStream(file))) {
      addTarDirectory(tar, "bin/", 0755);
      addTarFile(tar, "bin/tool", 0755, SCRIPT);
      addTarFile(tar, "lib/libx.so.1.2", 0644, SCRIPT);
      TarArchiveEntry symlink = new TarArchiveEntry("lib/libx.so", TarArchiveEntry.LF_SYMLINK);
      symlink.setLinkName("libx.so.1.2");
      tar.putArchiveEntry(symlink);
      tar.closeArchiveEntry();
      TarArchiveEntry hardLink = new TarArchiveEntry("bin/tool-alias", TarArchiveEntry.LF_LINK);
      hardLink.setLinkName("bin/tool");
      tar.putArchiveEntry(hardLink);
      tar.closeArchiveEntry();
    }
    Path target = Files.createDirectory(temp.resolve("out"));

    try (var in = Files.newInputStream(archive)) {
      Archives.untarXz(in, target);
    }

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target.resolve("bin/tool"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target.resolve("lib/libx.so.1.2"))))
        .isEqualTo("rw-r--r--");
    assertThat(target.resolve("lib/libx.so")).isSymbolicLink();
    assertThat(Files.readSymbolicLink(target.resolve("lib/libx.so")))
        .isEqualTo(Path.of("libx.so.1.2"));
    assertThat(target.resolve("lib/libx.so")).hasBinaryContent(SCRIPT);
    assertThat(Files.isSameFile(target.resolve("bin/tool-alias"), target.resolve("bin/tool")))
        .isTrue();
  }

  @Test
  void zipKeepsUnixModesAndStripsTheTopDirectory() throws Exception {
    Path archive = temp.resolve("dist.zip");
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive)) {
      addZipEntry(zip, "dist-1.0/", 0755, null);
      addZipEntry(zip, "dist-1.0/bin/run", 0755, SCRIPT);
      addZipEntry(zip, "dist-1.0/config/", 0750, null);
      addZipEntry(zip, "dist-1.0/config/node.yml", 0660, SCRIPT);
    }
    Path target = Files.createDirectory(temp.resolve("out"));

    Archives.unzip(archive, target, true);

    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin/run"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("config"))))
        .isEqualTo("rwxr-x---");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target.resolve("config/node.yml"))))
        .isEqualTo("rw-rw----");
    assertThat(target.resolve("bin/run")).hasBinaryContent(SCRIPT);
  }

  @Test
  void entryEscapingTheTargetIsRefused() throws Exception {
    Path archive = temp.resolve("evil.zip");
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive)) {
      addZipEntry(zip, "../evil.sh", 0755, SCRIPT);
    }
    Path target = Files.createDirectory(temp.resolve("out"));

    assertThatThrownBy(() -> Archives.unzip(archive, target, false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("outside");
    assertThat(temp.resolve("evil.sh")).doesNotExist();
  }

  private static void addTarDirectory(TarArchiveOutputStream tar, String name, int mode)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 | mode);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
  }

  private static void addTarFile(TarArchiveOutputStream tar, String name, int mode, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | mode);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private static void addZipEntry(ZipArchiveOutputStream zip, String name, int mode, byte[] content)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode((content == null ? 040000 : 0100000) | mode);
    zip.putArchiveEntry(entry);
    if (content != null) {
      zip.write(content);
    }
    zip.closeArchiveEntry();
  }
}
