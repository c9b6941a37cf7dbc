package vn.reformdesk.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesStringsAndKeepsVietnamese() {
        StringBuilder sb = new StringBuilder();
        Json.string(sb, "Sở \"Công\" Thương\\\n\t\u0001");
        assertThat(sb.toString()).isEqualTo("\"Sở \\\"Công\\\" Thương\\\\\\n\\t\\u0001\"");
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1L);
        m.put("a", Arrays.asList(0.5, null, true, 20.0));
        m.put("e", List.of());
        m.put("o", Map.of());
        assertThat(Json.write(m)).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    0.5,\n    null,\n    true,\n    20.0\n  ],\n"
                + "  \"e\": [],\n  \"o\": {}\n}\n");
    }

    @Test
    void smallAndLargeNumbersArePlain() {
        assertThat(Json.write(0.000123)).isEqualTo("0.000123\n");
        assertThat(Json.write(0.998323)).isEqualTo("0.998323\n");
    }

    @Test
    void refusesNaN() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
