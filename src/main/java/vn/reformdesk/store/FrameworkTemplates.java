package vn.reformdesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.reformdesk.domain.index.Aggregation;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.ScoreUnit;

/**
 * The framework templates shipped under {@code templates/} (listed in {@code templates/index.txt}): comment lines
 * ({@code #}), {@code @key=value} lines for the framework, then a {@code ;}-separated table of components.
 */
public final class FrameworkTemplates {
    public static final String INDEX = "/templates/index.txt";

    /** A parsed template: the framework and its components (version 1). */
    public record Template(Framework framework, List<Component> components) {}

    private FrameworkTemplates() {}

    public static List<Template> all() {
        List<Template> out = new ArrayList<>();
        for (String name : lines(INDEX)) {
            if (name.isBlank() || name.startsWith("#")) continue;
            try (InputStream in = FrameworkTemplates.class.getResourceAsStream("/templates/" + name.trim())) {
                if (in == null) throw new IllegalStateException("template " + name + " listed but missing");
                out.add(parse(in, name.trim()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read template " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static Template parse(InputStream in, String name) throws IOException {
        Map<String, String> meta = new HashMap<>();
        StringBuilder table = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("@")) {
                    int eq = line.indexOf('=');
                    meta.put(line.substring(1, eq).trim(), line.substring(eq + 1).trim());
                } else {
                    table.append(line).append('\n');
                }
            }
        }
        Framework f = new Framework(0, meta.get("code"), meta.get("name_vi"), meta.get("name_en"),
                ScoreUnit.parse(meta.get("unit")), Aggregation.parse(meta.get("aggregation")), 1, meta.get("note"));
        List<Component> components = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(table.toString()), format)) {
            int order = 0;
            for (CSVRecord rec : p) {
                try {
                    String threshold = rec.get("threshold").trim();
                    components.add(new Component(rec.get("code"), rec.get("parent"), rec.get("name_vi"), rec.get("name_en"),
                            Double.parseDouble(rec.get("max").trim()), threshold.isEmpty() ? null : Double.valueOf(threshold),
                            order += 10, rec.get("rate_key")));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("template " + name + " record " + rec.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        FrameworkVersion.checkTree(components);
        return new Template(f, components);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = FrameworkTemplates.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
