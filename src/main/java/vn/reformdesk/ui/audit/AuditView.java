package vn.reformdesk.ui.audit;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.store.AuditLog;
import vn.reformdesk.store.AuditLog.Entry;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/** The audit trail: who changed which record when, with old and new values, filtered per record. */
public final class AuditView implements View {
    static final List<String> ENTITIES = List.of("", "procedure", "dossier", "calendar", "score", "target", "import",
            "unit", "officer");
    private static final int LIMIT = 2_000;

    private final ShellContext shell;
    private final VBox root = new VBox(8);
    private final ComboBox<String> entity = new ComboBox<>(FXCollections.observableArrayList(ENTITIES));
    private final TextField key = new TextField();
    private final TableView<Entry> table = new TableView<>();
    private final Label count = new Label();

    public AuditView(ShellContext shell) {
        this.shell = shell;
        Label title = new Label(I18n.t("audit.title"));
        title.getStyleClass().add("screen-title");
        entity.setConverter(new StringConverter<>() {
            @Override
            public String toString(String e) { return e == null || e.isEmpty() ? I18n.t("common.all") : I18n.t("audit.entity." + e); }

            @Override
            public String fromString(String s) { return s; }
        });
        entity.getSelectionModel().select(0);
        entity.setOnAction(e -> refresh());
        key.setPromptText(I18n.t("audit.keyPrompt"));
        key.setId("audit-key");
        key.setOnAction(e -> refresh());
        key.textProperty().addListener((o, a, b) -> refresh());
        HBox filters = new HBox(8, new Label(I18n.t("audit.entity")), entity, key, count);
        HBox.setHgrow(key, Priority.ALWAYS);

        table.getColumns().add(column(I18n.t("audit.when"), e -> Fmt.dateTime(e.changedAt()), 130));
        table.getColumns().add(column(I18n.t("audit.user"), Entry::who, 100));
        table.getColumns().add(column(I18n.t("audit.entity"), e -> I18n.t("audit.entity." + e.entity()), 110));
        table.getColumns().add(column(I18n.t("audit.record"), e -> AuditText.record(e.entity(), e.recordKey()), 190));
        table.getColumns().add(column(I18n.t("audit.action"),
                e -> I18n.t("audit.action." + e.action().name().toLowerCase(java.util.Locale.ROOT)), 90));
        table.getColumns().add(column(I18n.t("audit.old"), e -> AuditText.show(e.oldValues()), 280));
        table.getColumns().add(column(I18n.t("audit.new"), e -> AuditText.show(e.newValues()), 280));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "audit");
        table.setPlaceholder(new Label(I18n.t("audit.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(4));
        root.getChildren().addAll(title, filters, table);
    }

    private static TableColumn<Entry, String> column(String name, java.util.function.Function<Entry, String> value, double width) {
        TableColumn<Entry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        String e = entity.getValue() == null || entity.getValue().isEmpty() ? null : entity.getValue();
        String k = key.getText();
        Tasks.run(() -> AuditLog.find(shell.app().database(), shell.app().unitScope(), e, k, LIMIT), rows -> {
            table.getItems().setAll(rows);
            count.setText(I18n.t(rows.size() >= LIMIT ? "audit.countLimited" : "audit.count", Fmt.count(rows.size())));
        }, err -> shell.status(I18n.t("common.error", err.getMessage())));
    }
}
