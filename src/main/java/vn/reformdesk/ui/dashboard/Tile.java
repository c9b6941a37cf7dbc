package vn.reformdesk.ui.dashboard;

/**
 * One counter of the dashboard, ready to show: every text is already formatted and translated.
 *
 * @param id         received, resolved, on_time, overdue, due_soon, online, digitised
 * @param value      the big number ("10.732", "99,9 %" or "Không có dữ liệu")
 * @param detail     what it is made of ("10.714/10.732 hồ sơ"), or empty
 * @param target     the target line, or null when no target is set
 * @param targetMet  whether the target is met (null = no target or no data)
 * @param trend      the direction of the change against the previous period
 * @param quality    good / bad / neutral: how the change reads for this measure (the text says it in words too)
 * @param trendText  arrow + word + amount + previous period ("▲ Tăng 120 so với Quý 2/2024")
 * @param extra      an extra line (the whole register's count today), or null
 */
public record Tile(String id, String label, String value, boolean noData, String detail, String target,
                   Boolean targetMet, Trend trend, String quality, String trendText, String extra) {

    /** The change against the previous period. */
    public enum Trend {
        UP, DOWN, SAME, NONE;

        public String arrow() {
            return switch (this) {
                case UP -> "▲";
                case DOWN -> "▼";
                case SAME -> "=";
                case NONE -> "–";
            };
        }
    }
}
