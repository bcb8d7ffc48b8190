package tradebounds.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Nothing tradebounds writes is ever half-written: text goes to a temporary file in the target's directory,
 * which is then renamed over the target, so a reader sees the old file or the new one and a crash leaves the old
 * one intact. A target whose name ends in {@code .gz} is written gzipped (large certificates are stored that way;
 * the certificate reader gunzips them). (Kept here, with no dependencies, so every layer can use the one
 * implementation.)
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeBytes(target, gzipped(target) ? gzip(bytes) : bytes);
    }

    private static boolean gzipped(Path p) {
        return p.getFileName().toString().endsWith(".gz");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static void writeBytes(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try {
                // createTempFile makes the file private (0600); certificates and instances are for everyone.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its defaults apply
            }
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Copies a file atomically in the same sense (gzipping or gunzipping when only one name ends in .gz). */
    public static void copy(Path source, Path target) throws IOException {
        if (gzipped(source) == gzipped(target)) {
            writeBytes(target, Files.readAllBytes(source));
        } else if (gzipped(source)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
                writeBytes(target, in.readAllBytes());
            }
        } else {
            writeString(target, Files.readString(source, StandardCharsets.UTF_8));
        }
    }
}
