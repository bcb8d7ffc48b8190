package tradebounds.solve.ortools;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.function.Supplier;

/**
 * Sends what native solvers print to file descriptor 1 to descriptor 2 for the duration of a call. HiGHS prints
 * a banner on stdout at every solve that no option silences (measured with OR-Tools 9.15), which would corrupt
 * {@code --json} output. JNA comes with OR-Tools; on a platform where libc cannot be bound, the call runs
 * unredirected.
 */
final class NativeStdout {
    private interface LibC extends Library {
        int dup(int fd);

        int dup2(int from, int to);

        int close(int fd);

        int fflush(Pointer stream);
    }

    private static final LibC LIBC = load();

    private NativeStdout() {
    }

    private static LibC load() {
        try {
            return Native.load("c", LibC.class);
        } catch (Throwable e) {
            return null;
        }
    }

    static synchronized <T> T toStderr(Supplier<T> call) {
        if (LIBC == null) {
            return call.get();
        }
        System.out.flush();
        LIBC.fflush(null);
        int saved = LIBC.dup(1);
        if (saved < 0 || LIBC.dup2(2, 1) < 0) {
            return call.get();
        }
        try {
            return call.get();
        } finally {
            LIBC.fflush(null);
            LIBC.dup2(saved, 1);
            LIBC.close(saved);
        }
    }
}
