package vn.reformdesk.io.table;

/** One problem found in an import file; printed as {@code FILE:LINE: column NAME: what is wrong (value)}. */
public record ImportProblem(String file, long line, String column, String message, String value) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(": ");
        if (column != null) sb.append("column ").append(visible(column)).append(": ");
        sb.append(visible(message));
        if (value != null) sb.append(" (").append(visible(value.length() > 80 ? value.substring(0, 80) + "…" : value)).append(')');
        return sb.toString();
    }

    /**
     * The text with line breaks, other control characters and invisible marks written as escapes ({@code \n},
     * {@code \u0000}), so a problem always prints on one line and a hostile cell cannot drive the terminal.
     */
    static String visible(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String esc = switch (ch) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.getType(ch) == Character.CONTROL || ch == '\u2028' || ch == '\u2029'
                        || ch == '\uFEFF' ? String.format("\\u%04X", (int) ch) : null;
            };
            if (esc != null && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb != null) {
                if (esc != null) sb.append(esc);
                else sb.append(ch);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
