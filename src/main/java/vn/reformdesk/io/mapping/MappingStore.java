package vn.reformdesk.io.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Saved column mappings: one {@code NAME.properties} file each in a folder of the data folder ({@code mappings}),
 * so the import screen and {@code import … --mapping NAME} share them and a file of a known shape is read the
 * same way next month.
 */
public final class MappingStore {
    private final Path folder;

    public MappingStore(Path folder) { this.folder = folder; }

    public Path folder() { return folder; }

    /** The saved mappings, by name. */
    public List<ColumnMapping> all() {
        List<ColumnMapping> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path p : ds) {
                try {
                    out.add(read(p));
                } catch (IOException | IllegalArgumentException e) {
                    // a damaged or foreign file is not a mapping: leave it out
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(java.util.Comparator.comparing(ColumnMapping::name));
        return out;
    }

    /** The mapping saved as {@code name}. */
    public Optional<ColumnMapping> load(String name) throws IOException {
        Path p = file(name);
        return Files.isRegularFile(p) ? Optional.of(read(p)) : Optional.empty();
    }

    /** The newest-saved mapping of {@code kind} for files with these headings, if any. */
    public Optional<ColumnMapping> forShape(String kind, Set<String> shape) {
        return all().stream().filter(m -> m.kind().equals(kind) && m.shape().equals(shape)).findFirst();
    }

    /** Saves {@code mapping} under its name (written then moved, so a power cut leaves the old file whole). */
    public void save(ColumnMapping mapping) throws IOException {
        if (mapping.name() == null || mapping.name().isBlank()) throw new IllegalArgumentException("a mapping needs a name");
        Files.createDirectories(folder);
        Properties p = mapping.toProperties();
        p.setProperty("name", mapping.name().trim());
        Path target = file(mapping.name());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "ReformDesk column mapping");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ColumnMapping read(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String base = p.getFileName().toString().replaceFirst("\\.properties$", "");
        return ColumnMapping.fromProperties(props.getProperty("name", base), props);
    }

    /** A file name for any name the officer types: letters (Vietnamese too), digits, '-' and '_' kept. */
    private Path file(String name) {
        String safe = name.trim().replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '-')) throw new IllegalArgumentException("a mapping needs a name");
        return folder.resolve(safe + ".properties");
    }
}
