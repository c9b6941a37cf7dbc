package vn.reformdesk.io.mapping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares headings and value words the way an officer reads them: "Ngày tiếp nhận (dd/mm/yyyy)", "NGAY TIEP
 * NHAN" and "ngày tiếp nhận" are one heading. Lower case, no diacritics (đ is d), no text in brackets, punctuation
 * and line breaks as single spaces; underscores stay, so our own names ("received_at") keep their shape.
 */
public final class Headings {
    private Headings() {}

    public static String key(String text) {
        if (text == null) return "";
        String s = text.toLowerCase(Locale.ROOT).replace('đ', 'd').replaceAll("\\([^)]*\\)", " ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (space && b.length() > 0) b.append(' ');
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
