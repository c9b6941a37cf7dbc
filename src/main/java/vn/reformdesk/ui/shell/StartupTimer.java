package vn.reformdesk.ui.shell;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Scene;
import vn.reformdesk.service.AppLog;
import vn.reformdesk.ui.dashboard.DashboardView;

/**
 * Measures a cold start: logs one line (the log file, and standard error through the console handler)
 * {@code startup: window shown 1234 ms, dashboard figures 2345 ms after process start (JVM start: …)} once
 * the dashboard has laid out its first figures. With {@code -Dreformdesk.exitAfterStartup=true} the app then
 * closes through its normal stop path, so a script can time repeated cold starts.
 * <p>
 * Only wall-clock stamps are taken on the critical path; the process and JVM start times are read afterwards
 * (java.management is not loaded before the figures are shown).
 */
public final class StartupTimer {
    public static final String EXIT_PROPERTY = "reformdesk.exitAfterStartup";

    private static volatile long windowShown;
    private static final AtomicBoolean reported = new AtomicBoolean();

    private StartupTimer() {}

    /** Call right after the main stage is shown: the stamp is the first layout pulse of the window. */
    static void windowShown(Scene scene) {
        vn.reformdesk.ui.common.AfterLayout.run(scene, () -> {
            if (windowShown == 0) windowShown = System.currentTimeMillis();
        });
    }

    /** Waits for the dashboard's first figures (or its error), then reports once. */
    static void whenFiguresShown(DashboardView dashboard) {
        if (reported.get()) return;
        // runs after the layout pass that drew the figures and the chart
        dashboard.whenLoaded(() -> report(System.currentTimeMillis(), dashboard.viewModel().dataProperty().get() != null));
    }

    private static void report(long figuresShown, boolean ok) {
        if (!reported.compareAndSet(false, true)) return;
        long shown = windowShown != 0 ? windowShown : figuresShown;
        Thread t = new Thread(() -> {
            String line = line(shown, figuresShown);
            AppLog.get(StartupTimer.class).info(ok ? line : line.replace("dashboard figures", "dashboard error"));
            if (ok) vn.reformdesk.ClassArchive.startShown(); // the first start of a jar: its archive, aside
            if (Boolean.getBoolean(EXIT_PROPERTY)) Platform.exit();
        }, "reformdesk-startup-report");
        t.setDaemon(true);
        t.start();
    }

    /** The log line, measured from the process start (the launcher included) and from the JVM's own start. */
    static String line(long windowShown, long figuresShown) {
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        // started through ClassArchive's second JVM: from the first one's start, as the officer waits from the click
        long process = Long.getLong(vn.reformdesk.ClassArchive.PROCESS_START,
                ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(jvm));
        // CPU time of all threads so far: on a shared machine it varies much less than the wall-clock figures
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        if (System.getProperty(vn.reformdesk.ClassArchive.PROCESS_START) != null && cpu >= 0) {
            // the first JVM's share too (it started this one and waits)
            cpu += ProcessHandle.current().parent().flatMap(p -> p.info().totalCpuDuration())
                    .map(java.time.Duration::toMillis).orElse(0L);
        }
        return String.format("startup: window shown %d ms, dashboard figures %d ms after process start"
                        + " (after JVM start: %d ms, %d ms; CPU %d ms)", windowShown - process, figuresShown - process,
                windowShown - jvm, figuresShown - jvm, cpu);
    }
}
