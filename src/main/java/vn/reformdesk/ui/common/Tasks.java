package vn.reformdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs long work off the JavaFX thread so the window never freezes. A page of a list (a bounded read: a few
 * hundred rows by an index) has a lane of its own ({@link #runPage}): at a million dossiers, the first view on a new
 * day counts the figures again for seconds on both workers, and the dossier list's first screen waited behind them.
 */
public final class Tasks {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, daemon("reformdesk-worker"));
    /** One thread: pages are small, and a list reads its pages one after the other. */
    private static final ExecutorService PAGES = Executors.newSingleThreadExecutor(daemon("reformdesk-pages"));

    private Tasks() {}

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Work submitted and not finished yet, so a caller (a test, a screenshot) can wait until a screen has loaded. */
    private static final java.util.concurrent.atomic.AtomicInteger PENDING = new java.util.concurrent.atomic.AtomicInteger();

    public static <T> Task<T> run(Task<T> task) { return run(POOL, task); }

    private static <T> Task<T> run(ExecutorService lane, Task<T> task) {
        PENDING.incrementAndGet();
        lane.submit(() -> {
            try {
                task.run();
            } finally {
                PENDING.decrementAndGet();
            }
        });
        return task;
    }

    /** How many background jobs are queued or running now. */
    public static int pending() { return PENDING.get(); }

    /** Runs {@code work} in the background and hands its result to {@code onDone} on the JavaFX thread. */
    public static <T> Task<T> run(java.util.concurrent.Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return run(POOL, task(work, onDone, onError));
    }

    /**
     * As {@link #run(java.util.concurrent.Callable, Consumer, Consumer)}, for one page of a list: never queued behind
     * the long work of the other workers. Only for reads whose cost does not grow with the register.
     */
    public static <T> Task<T> runPage(java.util.concurrent.Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return run(PAGES, task(work, onDone, onError));
    }

    private static <T> Task<T> task(java.util.concurrent.Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception { return work.call(); }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        return task;
    }
}
