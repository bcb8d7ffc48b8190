package tradebounds.solve.ortools;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPSolver;
import tradebounds.solve.AdapterFailure;

/** Loads the OR-Tools JNI library once per JVM; every native call in this package goes through here first. */
final class NativeLibrary {
    private static volatile boolean loaded;

    private NativeLibrary() {
    }

    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        try {
            Loader.loadNativeLibraries();
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterFailure("cannot load the OR-Tools native library", e);
        }
        loaded = true;
    }

    static String orToolsVersion() {
        ensureLoaded();
        return OrToolsVersion.getVersionString();
    }

    /** What {@code MPSolver.solverVersion()} reports for a solver id, or null if it is not linked in. */
    static String reportedVersion(String mpSolverId) {
        ensureLoaded();
        MPSolver s = MPSolver.createSolver(mpSolverId);
        if (s == null) {
            return null;
        }
        try {
            return s.solverVersion();
        } finally {
            s.delete();
        }
    }
}
