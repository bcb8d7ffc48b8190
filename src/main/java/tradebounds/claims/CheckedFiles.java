package tradebounds.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;

/**
 * The checker's verdict on certificate files, remembered for the life of one audit: an auditor that replays a
 * stored 7.8 MB cover and the final {@link CertifiedProofs} gate then run the checker once, not twice. Only a
 * {@link Proved} outcome is remembered, keyed by the real path with its size and modification time, so a file that
 * changes is checked again; the checker itself is untouched and keeps no state.
 */
public final class CheckedFiles {
    private record Key(Path path, long size, long modified) {
    }

    private static final Map<Key, CheckOutcome> PROVED = new ConcurrentHashMap<>();

    private CheckedFiles() {
    }

    public static CheckOutcome check(Path file) {
        Key key = key(file);
        if (key == null) {
            return Checker.check(file);
        }
        CheckOutcome known = PROVED.get(key);
        if (known != null) {
            return known;
        }
        CheckOutcome o = Checker.check(file);
        if (o instanceof Proved) {
            PROVED.put(key, o);
        }
        return o;
    }

    /**
     * Like {@link #check(Path)} for a file the caller has already read with the default limits (a large certificate
     * whose program the caller compares with a builder is then read once, not twice). The outcome is remembered
     * under the file's path exactly as by {@link #check(Path)}.
     */
    public static CheckOutcome check(Path file, tradebounds.cert.Certificate read) {
        Key key = key(file);
        CheckOutcome known = key == null ? null : PROVED.get(key);
        if (known != null) {
            return known;
        }
        CheckOutcome o = Checker.check(read);
        if (key != null && o instanceof Proved) {
            PROVED.put(key, o);
        }
        return o;
    }

    private static Key key(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(file.toRealPath(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
