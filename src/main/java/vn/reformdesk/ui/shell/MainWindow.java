package vn.reformdesk.ui.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.BoardPages;
import vn.reformdesk.ui.backup.BackupActions;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.exchange.ExchangeActions;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.imports.ImportActions;

/** The main window: menu, navigation bar on the left, the current screen, a status line at the bottom. */
public final class MainWindow implements ShellContext {
    private final AppContext app;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    /** The board's counts, kept up to date after every write. */
    private final Label statusLine = new Label();
    /** What the officer's last action did ("Đã lưu hồ sơ …"): beside the counts, so their update does not wipe it. */
    private final Label actionLine = new Label();
    private final Label sampleBanner = new Label();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, View> views = new HashMap<>();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private final Set<String> stale = new HashSet<>();
    private final List<Screen> screens;
    private String current;
    /** The screen the window opened on. */
    private View firstView;

    public MainWindow(AppContext app, Stage stage) {
        this.app = app;
        this.stage = stage;
        this.screens = Screens.all();
        build();
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        vn.reformdesk.ui.presentation.PresentationActions.install(this, scene); // F5, saved UI scale and theme
        int digit = 0;
        for (Screen s : screens) {
            String id = s.id();
            if (s.shortcut() != null) {
                scene.getAccelerators().put(s.shortcut(), () -> show(id));
            } else if (digit < 9) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(++digit)),
                        KeyCombination.SHORTCUT_DOWN), () -> show(id));
            }
        }
        // Settings lies past Ctrl+9: Ctrl+, as in most desktop applications
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> show("settings"));
        return scene;
    }

    public BorderPane root() { return root; }

    private void build() {
        root.getStyleClass().add("main-window");
        MenuBar menu = new MenuBar();
        Menu file = new Menu(I18n.t("menu.file"));
        Menu importMenu = new Menu(I18n.t("menu.import"));
        importMenu.getItems().addAll(ImportActions.menuItems(this));
        MenuItem quit = new MenuItem(I18n.t("menu.quit"));
        quit.setOnAction(e -> stage.close());
        file.getItems().add(importMenu);
        file.getItems().addAll(ExchangeActions.menuItems(this));
        file.getItems().addAll(BackupActions.menuItems(this));
        file.getItems().add(vn.reformdesk.ui.presentation.PresentationActions.exportMenuItem(this));
        file.getItems().add(quit);
        menu.getMenus().add(file);
        menu.getMenus().add(vn.reformdesk.ui.presentation.PresentationActions.viewMenu(this));
        Menu help = new Menu(I18n.t("help.menu"));
        help.getItems().add(vn.reformdesk.ui.help.HelpWindow.menuItem(stage)); // F1: the Vietnamese user guide
        menu.getMenus().add(help);
        root.setTop(menu);

        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav-bar");
        nav.setPadding(new Insets(8));
        UnitChoice.install(this, nav);
        for (int i = 0; i < screens.size(); i++) {
            Screen s = screens.get(i);
            ToggleButton b = new ToggleButton(I18n.t(s.titleKey()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(s.id()));
            navButtons.put(s.id(), b);
            nav.getChildren().add(b);
        }
        root.setLeft(nav);

        content.setPadding(new Insets(8));
        // While the sample is loaded every figure is as of its fixed date, not today: say so on every screen.
        sampleBanner.setId("sample-banner");
        sampleBanner.getStyleClass().add("sample-banner");
        sampleBanner.setMaxWidth(Double.MAX_VALUE);
        sampleBanner.setWrapText(true);
        sampleBanner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // two lines at 1024 px, never cut
        sampleBanner.managedProperty().bind(sampleBanner.visibleProperty());
        updateSampleBanner();
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(new VBox(sampleBanner, content));

        Button refresh = new Button(I18n.t("common.refresh"));
        refresh.setOnAction(e -> dataChanged());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, actionLine, statusLine, spacer, refresh);
        actionLine.setId("action-line");
        actionLine.getStyleClass().add("action-line");
        actionLine.managedProperty().bind(actionLine.textProperty().isNotEmpty());
        actionLine.visibleProperty().bind(actionLine.managedProperty());
        bottom.getStyleClass().add("status-bar");
        bottom.setPadding(new Insets(4, 8, 4, 8));
        statusLine.setId("status-line");
        root.setBottom(bottom);

        firstView = screens.isEmpty() ? null : show(screens.get(0).id());
        whenFirstScreenShown(this::updateStatusLine); // it reads the register's open dossiers
    }

    @Override
    public AppContext app() { return app; }

    @Override
    public Stage stage() { return stage; }

    /**
     * The shell's unit choice changed: every screen shows the chosen unit (or every visible unit) from now on. The
     * screens are built again, since some hold one unit's records (the scores); the one shown first asks to keep
     * unsaved work, as when leaving it.
     *
     * @return false when the officer stayed to keep unsaved work (nothing changed)
     */
    boolean changeUnitScope(vn.reformdesk.domain.unit.UnitScope scope) {
        if (scope.equals(app.unitScope())) return true;
        View shown = currentView();
        if (shown != null && !shown.canLeave()) return false;
        app.setUnitScope(scope);
        views.clear();
        stale.clear();
        String again = current;
        current = null;
        if (again != null) show(again);
        updateStatusLine();
        return true;
    }

    @Override
    public View openUnit(String unitCode) {
        vn.reformdesk.domain.unit.UnitScope scope = vn.reformdesk.domain.unit.UnitScope.of(unitCode);
        if (!UnitChoice.choose(this, scope) && !changeUnitScope(scope)) return currentView();
        if (!scope.equals(app.unitScope())) return currentView(); // the officer stayed to keep unsaved work
        return show("dashboard");
    }

    @Override
    public void dataChanged() {
        stale.addAll(views.keySet());
        if (current != null) {
            views.get(current).refresh();
            stale.remove(current);
        }
        updateSampleBanner();
        updateStatusLine();
    }

    private void updateSampleBanner() {
        java.util.Optional<String> sample = app.register().settings().get(vn.reformdesk.store.SettingsRepository.SAMPLE_AS_OF);
        sampleBanner.setVisible(sample.isPresent());
        sampleBanner.setText(sample.map(d -> I18n.t("shell.sampleBanner", Fmt.date(java.time.LocalDate.parse(d)))).orElse(""));
    }

    @Override
    public View show(String screenId) {
        Screen screen = screens.stream().filter(s -> s.id().equals(screenId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen " + screenId));
        View leaving = current == null || current.equals(screenId) ? null : views.get(current);
        if (leaving != null && !leaving.canLeave()) {
            navButtons.get(current).setSelected(true); // the officer stays: the bar says so too
            return leaving;
        }
        View view = views.get(screenId);
        if (view == null) {
            view = screen.factory().apply(this);
            views.put(screenId, view);
            view.refresh();
        } else if (stale.remove(screenId)) {
            view.refresh();
        }
        content.getChildren().setAll(view.root());
        current = screenId;
        ToggleButton b = navButtons.get(screenId);
        if (b != null) b.setSelected(true);
        return view;
    }

    /**
     * Runs {@code action} once the first screen has shown what it loads (the dashboard's first figures), or at once
     * for a screen that loads nothing: start-up work that reads the register (the status line, the daily backup)
     * waits, so as not to compete with the first figures for the CPU.
     */
    public void whenFirstScreenShown(Runnable action) {
        if (firstView instanceof vn.reformdesk.ui.dashboard.DashboardView dashboard) dashboard.whenLoaded(action);
        else action.run();
    }

    /** The screen shown now (null before the first). */
    public View currentView() { return current == null ? null : views.get(current); }

    @Override
    public void status(String message) {
        actionLine.setText(message == null ? "" : message);
        // a long message shortened at 1024 px is whole in its tooltip
        actionLine.setTooltip(message == null || message.isEmpty() ? null : new javafx.scene.control.Tooltip(message));
    }

    /** The one line on start: how many dossiers are overdue and due soon, counted in the background (no list read). */
    private void updateStatusLine() {
        Tasks.run(() -> {
            BoardPages board = app.register().overdueBoardPages(app.unitScope(), app.asOf());
            return new Summary(board.asOf(), board.count(BoardPages.Kind.OVERDUE), board.count(BoardPages.Kind.DUE_SOON),
                    board.count(BoardPages.Kind.MISSING_APOLOGY));
        }, this::showSummary, e -> statusLine.setText(I18n.t("common.error", e.getMessage())));
    }

    /** The board's counts for the status line. */
    private record Summary(java.time.LocalDate asOf, long overdue, long dueSoon, long missingApology) {}

    private void showSummary(Summary board) {
        statusLine.setText(I18n.t("status.summary", Fmt.date(board.asOf()), board.overdue(), board.dueSoon(),
                board.missingApology()));
        statusLine.getStyleClass().removeAll("status-" + DossierStatus.OVERDUE.code());
        if (board.overdue() > 0) statusLine.getStyleClass().add("status-" + DossierStatus.OVERDUE.code());
    }
}
