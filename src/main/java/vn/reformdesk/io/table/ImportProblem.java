package vn.reformdesk.io.table;

/** One problem found in an import file; printed as {@code FILE:LINE: column NAME: what is wrong (value)}. */
public record ImportProblem(String file, long line, String column, String message, String value) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(": ");
        if (column != null) sb.append("column ").append(column).append(": ");
        sb.append(message);
        if (value != null) sb.append(" (").append(value.length() > 80 ? value.substring(0, 80) + "…" : value).append(')');
        return sb.toString();
    }
}
