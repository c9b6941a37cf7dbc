package vn.reformdesk.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The user guide's markdown as JavaFX nodes: headings, paragraphs, bulleted and numbered lists, images, and bold,
 * italic and code inside text. Only what the guide uses; WebView is not among the app's modules, and a guide that
 * opens inside the window works on an office PC without a browser or a network.
 */
final class GuideView {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");
    private static final Pattern ITEM = Pattern.compile("(- |\\d+\\. )(.*)");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|`(.+?)`|\\[(.+?)]\\((.+?)\\)");
    private static final double BODY = 14;

    private GuideView() {}

    /** The guide as a column of nodes; {@code images} gives the picture for an image's file name (null: none). */
    static VBox render(String markdown, Function<String, Image> images) {
        VBox out = new VBox(8);
        out.getStyleClass().add("guide");
        StringBuilder paragraph = new StringBuilder();
        String[] item = {null, null}; // marker, text of the list item being read
        for (String line : markdown.split("\\R")) {
            String t = line.trim();
            if (line.startsWith("  ") && !t.isEmpty() && item[0] != null) { // a list item's next line
                item[1] += " " + t;
                continue;
            }
            Matcher img = IMAGE.matcher(t);
            Matcher li = ITEM.matcher(t);
            boolean block = t.isEmpty() || t.startsWith("#") || img.matches() || li.matches();
            if (block || item[0] != null) flush(out, paragraph, item);
            if (t.isEmpty()) continue;
            if (t.startsWith("#")) {
                int level = (int) t.chars().takeWhile(c -> c == '#').count();
                Label h = new Label(t.substring(level).trim());
                h.setWrapText(true);
                h.getStyleClass().add("guide-h" + level);
                h.setFont(Font.font(null, FontWeight.BOLD, level == 1 ? 24 : level == 2 ? 19 : 16));
                out.getChildren().add(h);
            } else if (img.matches()) {
                String file = img.group(2).substring(img.group(2).lastIndexOf('/') + 1);
                Image image = images.apply(file);
                if (image != null) {
                    ImageView view = new ImageView(image);
                    view.setPreserveRatio(true);
                    view.setFitWidth(Math.min(760, image.getWidth()));
                    Label caption = new Label(img.group(1));
                    caption.setFont(Font.font(null, FontPosture.ITALIC, BODY - 1));
                    out.getChildren().add(new VBox(4, view, caption));
                }
            } else if (li.matches()) {
                item[0] = li.group(1).trim();
                item[1] = li.group(2);
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(t);
            }
        }
        flush(out, paragraph, item);
        return out;
    }

    private static void flush(VBox out, StringBuilder paragraph, String[] item) {
        if (paragraph.length() > 0) {
            out.getChildren().add(text(paragraph.toString()));
            paragraph.setLength(0);
        }
        if (item[0] != null) {
            Label marker = new Label(item[0].equals("-") ? "•" : item[0]);
            marker.setMinWidth(22);
            marker.setFont(Font.font(BODY));
            TextFlow flow = text(item[1]);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox row = new HBox(4, marker, flow);
            row.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
            out.getChildren().add(row);
            item[0] = null;
            item[1] = null;
        }
    }

    /** A paragraph with its bold, italic and code parts; a link shows its text. */
    static TextFlow text(String s) {
        List<Node> parts = new ArrayList<>();
        Matcher m = INLINE.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) parts.add(plain(s.substring(at, m.start()), Font.font(BODY)));
            if (m.group(1) != null) parts.add(plain(m.group(1), Font.font(null, FontWeight.BOLD, BODY)));
            else if (m.group(2) != null) parts.add(plain(m.group(2), Font.font(null, FontPosture.ITALIC, BODY)));
            else if (m.group(3) != null) parts.add(plain(m.group(3), Font.font("Monospaced", BODY - 1)));
            else parts.add(plain(m.group(4), Font.font(null, FontWeight.BOLD, BODY)));
            at = m.end();
        }
        if (at < s.length()) parts.add(plain(s.substring(at), Font.font(BODY)));
        TextFlow flow = new TextFlow(parts.toArray(new Node[0]));
        flow.getStyleClass().add("guide-text");
        return flow;
    }

    private static Text plain(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.getStyleClass().add("guide-run");
        return t;
    }
}
