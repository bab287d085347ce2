package com.palmpos.pos.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and folders of the data directory readable by their owner only, whatever the process umask: folders are
 * created {@code rwx------} (a umask can only take bits away from that), files {@code rw-------}. Stateless; on a
 * file system without POSIX permissions (Windows) the calls create plainly and rely on the user profile's ACL.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Whether this file system has POSIX permissions. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code dir} and any missing parents as {@code rwx------}; an existing {@code dir} is tightened to that
     * (existing parents are left alone: they may be the user's home). Returns {@code dir}.
     */
    public static Path createDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) {
                if (posix()) {
                    Files.setPosixFilePermissions(absolute, DIRECTORY);
                }
                return dir;
            }
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createDirectories(parent);
            }
            if (posix()) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(absolute, DIRECTORY);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + absolute + ": " + e.getMessage()
                    + " (check that its parent exists and is writable by this user)", e);
        }
        return dir;
    }

    /** The attribute that creates a file {@code rw-------} (none on a non-POSIX file system). */
    public static FileAttribute<?>[] fileAttribute() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Tightens everything under {@code root} (itself included) that was created by a library with the umask's
     * permissions: folders to {@code rwx------}, files to {@code rw-------}. Symbolic links are not followed.
     */
    public static void tighten(Path root) {
        if (!posix() || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + root + " readable by its owner only: " + e.getMessage(), e);
        }
    }
}
