package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.print.TextFilePrinter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner-only from the first byte, whatever the umask: a child JVM started under {@code umask 022} (the common default,
 * which makes folders 0755 and files 0644) opens a fresh data directory as the terminal does and prints a receipt.
 * Every folder in it must then be {@code rwx------} and every file {@code rw-------}: the data directory, logs,
 * keys.p12, the customer keys, the database, receipts.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class OwnerOnlyUnderUmaskTest {
    @TempDir
    Path tmp;

    /** The child: opens the data directory like the terminal (via the audit command) and prints a receipt there. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int exit = Launcher.run("audit", "verify", "--data", data.toString());
        new TextFilePrinter(data.resolve("receipts"), Clock.systemUTC()).print("receipt-1", "Thank you, Ada\n");
        System.exit(exit);
    }

    @Test
    void everyFolderAndFileOfAFreshDataDirectoryIsOwnerOnlyUnderUmask022() throws Exception {
        Path data = tmp.resolve("palmpos-data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "umask 022 && exec \"$0\" -cp \"$1\" " + OwnerOnlyUnderUmaskTest.class.getName() + " \"$2\"";
        Process child = new ProcessBuilder("sh", "-c", command, java, System.getProperty("java.class.path"),
                data.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!perms.equals(expected)) {
                    wrong.add(data.relativize(p) + " " + perms);
                }
            }
        }
        assertThat(wrong).as("folders and files readable by others").isEmpty();
        assertThat(data.resolve("keys.p12")).exists();
        assertThat(data.resolve("palmpos.mv.db")).exists();
        assertThat(data.resolve("logs/palmpos.log")).exists();
        assertThat(data.resolve("receipts")).isNotEmptyDirectory();
    }
}
