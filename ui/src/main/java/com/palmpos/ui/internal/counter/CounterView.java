package com.palmpos.ui.internal.counter;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** The counter screen: menu (wide, left, with its sheets), order (middle), customer (right). */
public final class CounterView extends GridPane {

    public CounterView(CounterViewModel viewModel) {
        setId("counter-screen");
        getStyleClass().add("counter");
        getColumnConstraints().addAll(column(45), column(30), column(25));
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        getRowConstraints().add(row);
        WorkAreaView work = new WorkAreaView(viewModel, viewModel.session().messages());
        add(work, 0, 0);
        add(new OrderPanelView(viewModel.order(), viewModel, viewModel.session().messages()), 1, 0);
        add(new CustomerPanelView(viewModel.customer()), 2, 0);
        CounterKeys.install(this, viewModel, work);
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setFillWidth(true);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }
}
