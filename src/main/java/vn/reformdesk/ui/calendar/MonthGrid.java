package vn.reformdesk.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.FlowPane;
import vn.reformdesk.domain.calendar.SourcedDay;
import vn.reformdesk.ui.common.I18n;

/** One month of the working calendar: weekends, days off and swapped working days, each with a legend word. */
final class MonthGrid extends VBox {
    private final CalendarViewModel vm;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    MonthGrid(CalendarViewModel vm) {
        super(6);
        this.vm = vm;
        setId("calendar-month");
        getStyleClass().add("calendar-month");
        Button prev = new Button("‹");
        prev.setId("calendar-month-prev");
        prev.setOnAction(e -> vm.showMonth(vm.shownMonthProperty().get().minusMonths(1)));
        Button next = new Button("›");
        next.setId("calendar-month-next");
        next.setOnAction(e -> vm.showMonth(vm.shownMonthProperty().get().plusMonths(1)));
        title.getStyleClass().add("calendar-month-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(6, prev, title, next);
        header.setAlignment(Pos.CENTER);

        grid.setHgap(2);
        grid.setVgap(2);
        grid.setAlignment(Pos.CENTER);

        FlowPane legend = new FlowPane(10, 4);
        for (CalendarViewModel.DayLook look : CalendarViewModel.DayLook.values()) {
            Label swatch = new Label(I18n.t("calendar.look." + look.name().toLowerCase(java.util.Locale.ROOT)));
            swatch.getStyleClass().addAll("calendar-legend-item", look.styleClass());
            legend.getChildren().add(swatch);
        }
        getChildren().addAll(header, grid, legend);
        vm.shownMonthProperty().addListener((o, a, b) -> draw());
        vm.entries().addListener((javafx.collections.ListChangeListener<SourcedDay>) c -> draw());
        draw();
    }

    private void draw() {
        YearMonth m = vm.shownMonthProperty().get();
        title.setText(I18n.t("calendar.month.title", String.valueOf(m.getMonthValue()),
                m.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.ENGLISH),
                String.valueOf(m.getYear())));
        grid.getChildren().clear();
        for (int dow = 1; dow <= 7; dow++) {
            Label h = new Label(I18n.t("calendar.dowShort." + dow));
            h.getStyleClass().add("calendar-cell-header");
            grid.add(h, dow - 1, 0);
        }
        int row = 1;
        for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
            int col = d.getDayOfWeek().getValue() - 1;
            Label cell = new Label(String.valueOf(d.getDayOfMonth()));
            cell.getStyleClass().addAll("calendar-cell", vm.look(d).styleClass());
            cell.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            LocalDate day = d;
            vm.entry(d).ifPresent(e -> cell.setTooltip(new Tooltip(CalendarViewModel.weekday(day) + " "
                    + vn.reformdesk.ui.common.Fmt.date(day) + ": " + CalendarViewModel.kindWord(e.day().kind())
                    + (e.day().name() == null ? "" : " — " + e.day().name())
                    + " (" + CalendarViewModel.sourceWord(e.source()) + ")")));
            grid.add(cell, col, row);
            if (col == 6) row++;
        }
    }
}
