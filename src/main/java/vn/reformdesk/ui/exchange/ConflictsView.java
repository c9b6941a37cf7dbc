package vn.reformdesk.ui.exchange;

import java.time.LocalDateTime;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.reformdesk.io.exchange.DossierCodec;
import vn.reformdesk.io.exchange.ExchangeService;
import vn.reformdesk.io.exchange.ExchangeService.Conflict;
import vn.reformdesk.io.exchange.ExchangeService.Resolution;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The data exchange screen: this unit's key and the registered units ({@link UnitKeysPane}), then the dossiers changed
 * both here and in the unit that sent a package: the officer picks which version stays.
 */
public final class ConflictsView implements View {
    private final ShellContext shell;
    private final VBox root = new VBox(8);
    private final TableView<Conflict> table = new TableView<>();
    private final TextArea diff = new TextArea();
    private final Button keepOurs = new Button(I18n.t("exchange.keepOurs"));
    private final Button takeTheirs = new Button(I18n.t("exchange.takeTheirs"));
    private final UnitKeysPane keys;

    public ConflictsView(ShellContext shell) {
        this.shell = shell;
        this.keys = new UnitKeysPane(shell);
        Label title = new Label(I18n.t("exchange.conflictsTitle"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(I18n.t("exchange.conflictsHint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines at 150 %
        TableColumn<Conflict, String> code = new TableColumn<>(I18n.t("exchange.dossier"));
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().dossierCode()));
        code.setPrefWidth(220);
        TableColumn<Conflict, String> unit = new TableColumn<>(I18n.t("exchange.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unitCode()));
        unit.setPrefWidth(140);
        TableColumn<Conflict, String> pkg = new TableColumn<>(I18n.t("exchange.package"));
        pkg.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().packageName()));
        pkg.setPrefWidth(220);
        TableColumn<Conflict, String> when = new TableColumn<>(I18n.t("exchange.detected"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.dateTime(c.getValue().detectedAt())));
        when.setPrefWidth(140);
        table.getColumns().addAll(List.of(code, unit, pkg, when));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "conflicts");
        table.setPlaceholder(new Label(I18n.t("exchange.noConflicts")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDiff(b));
        diff.setEditable(false);
        diff.setPrefRowCount(10);
        keepOurs.setOnAction(e -> resolve(Resolution.KEEP_OURS));
        takeTheirs.setOnAction(e -> resolve(Resolution.TAKE_THEIRS));
        keepOurs.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        takeTheirs.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(4));
        root.getChildren().addAll(keys.root(), new javafx.scene.control.Separator(), title, hint, table, diff, new HBox(8, keepOurs, takeTheirs));
    }

    private void showDiff(Conflict c) {
        if (c == null) {
            diff.clear();
            return;
        }
        StringBuilder sb = new StringBuilder(I18n.t("exchange.diffHeader")).append('\n');
        List<String> ours = c.ours() == null ? null : DossierCodec.fields(c.ours());
        List<String> theirs = DossierCodec.fields(c.theirs());
        for (int i = 0; i < DossierCodec.HEADER.length; i++) {
            String o = ours == null ? null : ours.get(i);
            String t = theirs.get(i);
            if (java.util.Objects.equals(o, t) || DossierCodec.HEADER[i].equals("unit_code")) continue;
            sb.append(DossierCodec.HEADER[i]).append(":  ").append(o == null ? "—" : o).append("   ⟷   ")
                    .append(t == null ? "—" : t).append('\n');
        }
        diff.setText(sb.toString());
    }

    private void resolve(Resolution r) {
        Conflict c = table.getSelectionModel().getSelectedItem();
        if (c == null) return;
        Tasks.run(() -> {
            new ExchangeService(shell.app().database()).resolve(c, r, LocalDateTime.now(AppContext.VIETNAM));
            return null;
        }, x -> shell.dataChanged(), err -> shell.status(I18n.t("common.error", err.getMessage())));
    }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        keys.refresh();
        Tasks.run(() -> new ExchangeService(shell.app().database()).openConflicts(),
                rows -> table.getItems().setAll(rows), err -> shell.status(I18n.t("common.error", err.getMessage())));
    }
}
