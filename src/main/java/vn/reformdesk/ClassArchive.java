package vn.reformdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quick desktop start for {@code java -jar reformdesk.jar}: the app runs in a second JVM that maps a class-data
 * sharing archive of its own start (AppCDS), which no manifest entry can name. About 5,000 classes (JavaFX, H2,
 * JFreeChart, the app) otherwise load from the jar and are verified one by one on every start.
 * <p>
 * The first start of a jar (per JDK) lists the classes its second JVM loads; once its dashboard has shown, a
 * helper process in the background turns the classes of that start into an archive in the user's cache folder.
 * Every later start of the same jar maps the archive. The first JVM only waits for the second (standard streams,
 * exit code and a kill passed on); it never loads JavaFX. Costs: a second JVM's start (about 0.1 s) and its
 * memory while the app runs (tens of MB), and an archive of about 50 MB in the cache folder.
 * <p>
 * Never used by the installed app (its runtime carries its own AOT cache and options), a start with arguments
 * (commands), a JVM whose options already name a sharing archive, or with {@code -Dreformdesk.quickStart=false}.
 */
public final class ClassArchive {
    /** Set on the second JVM: the first one's start, in epoch ms, so the start-up is timed from the click. */
    public static final String PROCESS_START = "reformdesk.processStart";
    /** Set on a start that writes the class list: where it goes. */
    private static final String CLASS_LIST = "reformdesk.classList";
    /** Where the archive made from that list goes. */
    private static final String ARCHIVE = "reformdesk.classArchive";

    /**
     * The quick compiler only, as the installed app's AOT cache is trained: the optimising one spends the first
     * seconds of a start compiling on the second core (CPU 3.7 s → 2.2 s with the archive, measured here).
     */
    static final List<String> CHILD_OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1");

    private ClassArchive() {}

    /**
     * Runs the desktop app in a second JVM when that start is quicker, and returns its exit code; empty when the app
     * should start in this JVM (then perhaps writing its class list, for the next start's archive).
     */
    public static Optional<Integer> relaunch() {
        // No lambdas or string concatenation on this path: each spins classes at run time (tens of ms here).
        Optional<List<String>> command = command();
        if (command.isEmpty()) return Optional.empty();
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            // a kill of this JVM (logout, a terminal's Ctrl+C) reaches the app, which then closes as if killed itself
            Runtime.getRuntime().addShutdownHook(new Thread("reformdesk-pass-kill") {
                @Override
                public void run() {
                    if (child.isAlive()) child.destroy();
                }
            });
            int code = child.waitFor();
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // cannot start a second JVM: this one starts the app, as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /** The second JVM's command, when there is one to start. */
    private static Optional<List<String>> command() {
        if (!"true".equals(System.getProperty("reformdesk.quickStart", "true"))) return Optional.empty();
        if (System.getProperty("jpackage.app-path") != null || System.getProperty(PROCESS_START) != null) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String[]> arguments = info.arguments();
        if (jar.isEmpty() || info.command().isEmpty() || arguments.isEmpty()) return Optional.empty();
        Optional<List<String>> jvmOptions = jvmOptions(List.of(arguments.get()), jar.get());
        if (jvmOptions.isEmpty()) return Optional.empty();
        Path archive;
        try {
            archive = archiveFile(jar.get());
        } catch (IOException e) {
            return Optional.empty();
        }
        // a JVM that could not make the archive once is not asked again: every start would pay for the listing
        if (Files.exists(failedMarker(archive))) return Optional.empty();
        List<String> sharing;
        if (Files.isRegularFile(archive)) {
            sharing = List.of("-XX:SharedArchiveFile=".concat(archive.toString()));
        } else {
            Path list = classList(archive);
            try {
                Files.createDirectories(list.getParent());
            } catch (IOException e) {
                return Optional.empty();
            }
            if (recent(list)) return Optional.empty(); // its archive is being made: start here, as before
            // this start lists its classes; the archive is made from them once the dashboard has shown
            sharing = List.of("-XX:DumpLoadedClassList=".concat(list.toString()),
                    "-D".concat(CLASS_LIST).concat("=").concat(list.toString()),
                    "-D".concat(ARCHIVE).concat("=").concat(archive.toString()));
        }
        Optional<java.time.Instant> start = info.startInstant();
        long started = start.isPresent() ? start.get().toEpochMilli() : System.currentTimeMillis();
        return Optional.of(command(info.command().get(), jvmOptions.get(), sharing, jar.get(), started));
    }

    /** A class list written in the last ten minutes: a start listing its classes, or the archive being made. */
    private static boolean recent(Path list) {
        try {
            return Files.getLastModifiedTime(list).toMillis() > System.currentTimeMillis() - 600_000;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The JVM options of a {@code java [options] -jar JAR} command line with nothing after the jar; empty for any
     * other shape, or when the options already choose how classes are shared.
     */
    static Optional<List<String>> jvmOptions(List<String> arguments, Path jar) {
        int at = arguments.indexOf("-jar");
        if (at < 0 || at != arguments.size() - 2) return Optional.empty();
        if (!sameFile(Path.of(arguments.get(at + 1)), jar)) return Optional.empty();
        List<String> options = arguments.subList(0, at);
        for (String o : options) {
            if (o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                    || o.startsWith("-XX:DumpLoadedClassList") || o.contains("AutoCreateSharedArchive") || o.startsWith("-XX:AOT")) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(options));
    }

    static List<String> command(String java, List<String> jvmOptions, List<String> sharing, Path jar, long processStart) {
        List<String> out = new ArrayList<>();
        out.add(java);
        out.addAll(jvmOptions);
        out.addAll(CHILD_OPTIONS);
        out.addAll(sharing);
        out.add("-D".concat(PROCESS_START).concat("=").concat(Long.toString(processStart)));
        out.add("-jar");
        out.add(jar.toString());
        return out;
    }

    /**
     * The archive of this jar on this JDK: named by the jar's path, size and time and the JVM's build, since an
     * archive only maps into the JVM that made it, with the class path it was made with.
     */
    static Path archiveFile(Path jar) throws IOException {
        String key = new StringBuilder().append(jar.toAbsolutePath().normalize()).append('|').append(Files.size(jar))
                .append('|').append(Files.getLastModifiedTime(jar).toMillis()).append('|')
                .append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version")).toString();
        return vn.reformdesk.service.AppPaths.cache()
                .resolve("reformdesk-".concat(Integer.toHexString(key.hashCode())).concat(".jsa"));
    }

    private static Path failedMarker(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().concat(".failed"));
    }

    private static Path classList(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().replace(".jsa", ".classlist"));
    }

    private static Optional<Path> runningJar() {
        try {
            var source = ClassArchive.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Called once the first figures are drawn: when this start wrote its class list, a background process makes
     * the archive from the classes loaded so far (the start's), for the next start. It runs on after the app closes.
     */
    public static void startShown() {
        String list = System.getProperty(CLASS_LIST);
        String archive = System.getProperty(ARCHIVE);
        Optional<Path> jar = runningJar();
        if (list == null || archive == null || jar.isEmpty()) return;
        try {
            Path listed = Path.of(list);
            Path startList = listed.resolveSibling(listed.getFileName() + ".start");
            Files.copy(listed, startList, StandardCopyOption.REPLACE_EXISTING); // the rest of the session stays out
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", jar.get().toString(), ClassArchive.class.getName(),
                    java, startList.toString(), archive, jar.get().toString()));
            new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(Path.of(archive).resolveSibling("archive.log").toFile()).start();
        } catch (IOException | RuntimeException e) {
            vn.reformdesk.service.AppLog.get(ClassArchive.class).info("class archive not made: " + e);
        }
    }

    /**
     * The background helper: {@code java -Xshare:dump} from the start's class list, then the archive moved into
     * place whole (a start never maps a half-written file). Old archives of other jars are removed.
     * Arguments: JAVA CLASS_LIST ARCHIVE JAR.
     */
    public static void main(String[] args) throws Exception {
        Path list = Path.of(args[1]);
        Path archive = Path.of(args[2]);
        Path part = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        List<String> dump = List.of(args[0], "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + part, "-cp", args[3]);
        int code = new ProcessBuilder(dump).inheritIO().start().waitFor();
        if (code == 0 && Files.isRegularFile(part)) {
            try (var old = Files.newDirectoryStream(archive.getParent(), "reformdesk-*.jsa")) {
                for (Path p : old) if (!p.equals(archive)) Files.deleteIfExists(p);
            }
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(part);
            Files.writeString(failedMarker(archive), "java -Xshare:dump ended with " + code + "; see archive.log\n");
            System.err.println("archive dump failed: exit " + code);
        }
        Files.deleteIfExists(list);
        try {
            // the session's own list, still open where a session runs on (Windows refuses: a later start retries)
            Files.deleteIfExists(list.resolveSibling(list.getFileName().toString().replace(".start", "")));
        } catch (IOException e) {
            // harmless: the archive is in place, the list is no longer read
        }
    }
}
