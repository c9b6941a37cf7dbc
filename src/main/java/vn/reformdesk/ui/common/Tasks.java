package vn.reformdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/** Runs long work off the JavaFX thread so the window never freezes. */
public final class Tasks {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "reformdesk-worker");
        t.setDaemon(true);
        return t;
    });

    private Tasks() {}

    /** Work submitted and not finished yet, so a caller (a test, a screenshot) can wait until a screen has loaded. */
    private static final java.util.concurrent.atomic.AtomicInteger PENDING = new java.util.concurrent.atomic.AtomicInteger();

    public static <T> Task<T> run(Task<T> task) {
        PENDING.incrementAndGet();
        POOL.submit(() -> {
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
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception { return work.call(); }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        return run(task);
    }
}
