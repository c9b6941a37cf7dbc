package vn.reformdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The repository documents itself: every file the README and the guides name is in it. */
class DocsTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    /** Paths written as code in the text: `docs/rules.md`, `assets/templates/`, `src/test/java/…`. */
    private static final Pattern CODE_PATH = Pattern.compile("`((?:docs|assets|installer|src|\\.ci)/[^`*…\\s]*)`");

    static List<String> named(Path doc) throws IOException {
        String text = Files.readString(doc);
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) if (!m.group(1).contains("://") && !m.group(1).startsWith("mailto:")) out.add(m.group(1));
        Matcher c = CODE_PATH.matcher(text);
        while (c.find()) out.add(c.group(1));
        return out;
    }

    @Test
    void everyFileTheReadmeNamesExists() throws IOException {
        List<String> named = named(Path.of("README.md"));
        assertThat(named).contains("docs/formats.md", "docs/rules.md", "docs/huong-dan-su-dung.md");
        for (String p : named) assertThat(Path.of(p)).as("README names " + p).exists();
    }

    @Test
    void everyFileTheGuideAndTheFormatsNameExists() throws IOException {
        for (String doc : List.of("docs/huong-dan-su-dung.md", "docs/formats.md", "docs/rules.md")) {
            for (String p : named(Path.of(doc))) {
                Path resolved = p.startsWith("docs/") || p.startsWith("assets/") || p.startsWith("src/")
                        ? Path.of(p) : Path.of(doc).getParent().resolve(p);
                assertThat(resolved.normalize()).as(doc + " names " + p).exists();
            }
        }
    }

    @Test
    void theReadmesFirstScreenLinksToTheVietnameseGuide() throws IOException {
        List<String> first = Files.readAllLines(Path.of("README.md")).subList(0, 15);
        assertThat(String.join("\n", first)).contains("(docs/huong-dan-su-dung.md)");
    }
}
