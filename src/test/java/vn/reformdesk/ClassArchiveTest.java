package vn.reformdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    @TempDir Path dir;

    @Test
    void relaunchesOnlyAPlainJavaJarStartAndKeepsItsOptions() throws Exception {
        Path jar = Files.writeString(dir.resolve("reformdesk.jar"), "x");
        assertEquals(Optional.of(List.of("-Xmx1g", "-Dfile.encoding=UTF-8")),
                ClassArchive.jvmOptions(List.of("-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", jar.toString()), jar));
        assertEquals(Optional.of(List.of()), ClassArchive.jvmOptions(List.of("-jar", jar.toString()), jar));
        // a command after the jar, a class path start, another jar, or sharing already chosen: no second JVM
        assertTrue(ClassArchive.jvmOptions(List.of("-jar", jar.toString(), "import"), jar).isEmpty());
        assertTrue(ClassArchive.jvmOptions(List.of("-cp", jar.toString(), "vn.reformdesk.Launcher"), jar).isEmpty());
        assertTrue(ClassArchive.jvmOptions(List.of("-jar", dir.resolve("other.jar").toString()), jar).isEmpty());
        assertTrue(ClassArchive.jvmOptions(List.of("-Xshare:off", "-jar", jar.toString()), jar).isEmpty());
        assertTrue(ClassArchive.jvmOptions(List.of("-XX:SharedArchiveFile=a.jsa", "-jar", jar.toString()), jar).isEmpty());
    }

    @Test
    void theSecondJvmGetsTheUsersOptionsThenTheArchiveAndTheFirstStart() {
        Path jar = dir.resolve("reformdesk.jar");
        List<String> cmd = ClassArchive.command("/jdk/bin/java", List.of("-Xmx1g"), List.of("-XX:SharedArchiveFile=/c/a.jsa"),
                jar, 1234L);
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=/c/a.jsa", "-Dreformdesk.processStart=1234", "-jar", jar.toString()), cmd);
    }

    /** The background helper for real: a JVM dumps the listed classes, and the archive appears whole, list gone. */
    @Test
    void theHelperMakesTheArchiveFromAStartsClassListAndMovesItIntoPlace() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), new java.util.jar.Manifest())) {
            out.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
            out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path list = Files.writeString(dir.resolve("reformdesk-1.classlist.start"),
                "java/lang/Object\njava/lang/String\njava/util/ArrayList\n");
        Files.writeString(dir.resolve("reformdesk-1.classlist"), "java/lang/Object\n");
        Path old = Files.writeString(dir.resolve("reformdesk-0.jsa"), "an old jar's archive");
        Path archive = dir.resolve("reformdesk-1.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        ClassArchive.main(new String[] {java, list.toString(), archive.toString(), jar.toString()});

        assertTrue(Files.size(archive) > 1_000_000, "an archive of the listed classes");
        assertTrue(Files.notExists(list) && Files.notExists(dir.resolve("reformdesk-1.classlist")));
        assertTrue(Files.notExists(old), "the archive of another jar is removed");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".part") || p.toString().endsWith(".failed")));
        }
    }

    @Test
    void theArchiveIsNamedByTheJarItWasMadeFromAndKeptInTheCacheFolder() throws Exception {
        String before = System.getProperty("reformdesk.cache");
        System.setProperty("reformdesk.cache", dir.resolve("cache").toString());
        try {
            Path jar = Files.writeString(dir.resolve("reformdesk.jar"), "x");
            Path first = ClassArchive.archiveFile(jar);
            assertEquals(dir.resolve("cache"), first.getParent());
            assertEquals(first, ClassArchive.archiveFile(jar));
            Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
            assertNotEquals(first, ClassArchive.archiveFile(jar)); // a rebuilt jar never maps the old archive
        } finally {
            if (before == null) System.clearProperty("reformdesk.cache");
            else System.setProperty("reformdesk.cache", before);
        }
    }
}
