package dev.rampart.cli;

import dev.rampart.image.ReadListener;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;

/**
 * stderr for people: errors and warnings as single lines, and a progress line that is drawn
 * only when stderr is an interactive terminal (quiet when piped or redirected).
 */
final class Terminal {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean interactive;
    private volatile boolean drawn;

    Terminal(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.interactive = !quiet && isTerminal();
    }

    void error(String message) {
        err.println("rampart: error: " + message);
        err.flush();
    }

    void warn(String message) {
        if (!quiet) {
            err.println("rampart: warning: " + message);
            err.flush();
        }
    }

    ReadListener progress(String label) {
        if (!interactive) {
            return ReadListener.SILENT;
        }
        return new ReadListener() {
            private final AtomicLong done = new AtomicLong();
            private volatile long total = 1;
            private volatile long lastDraw;

            @Override
            public void started(int layers, long totalBytes) {
                total = Math.max(1, totalBytes);
            }

            @Override
            public void bytesRead(long delta) {
                long d = done.addAndGet(delta);
                long now = System.nanoTime();
                if (now - lastDraw > 100_000_000L) {
                    lastDraw = now;
                    draw(String.format("%s: %3d%% (%,d of %,d MB)", label, Math.min(100, d * 100 / total),
                            d >> 20, total >> 20));
                }
            }
        };
    }

    private synchronized void draw(String line) {
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    synchronized void clearProgress() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /** Console.isTerminal() exists from Java 22; on 21 a non-null console means a terminal. */
    private static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
