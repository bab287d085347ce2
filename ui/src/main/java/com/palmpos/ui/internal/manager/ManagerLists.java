package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The search-and-pick parts the list pages share (refunds and voids, privacy requests): a search field with its
 * button, and a list whose choice follows a view model property both ways. FX thread only.
 */
final class ManagerLists {

    private ManagerLists() {
    }

    /**
     * {@code query} (bound both ways to {@code text}, id {@code <id>-query}) and a "search (Enter)" button
     * ({@code <id>-search}); Enter inside the field is the page's to handle.
     */
    static HBox searchRow(String id, TextField query, StringProperty text, String prompt, String buttonText,
            Runnable search, Messages messages) {
        query.setId(id + "-query");
        query.setPromptText(prompt);
        query.textProperty().bindBidirectional(text);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox row = new HBox(query, ManagerWidgets.button(id + "-search", buttonText, KeyCombination.valueOf("Enter"),
                search, messages));
        row.getStyleClass().add("manager-actions-row");
        return row;
    }

    /**
     * A list of {@code items}, one line of text each (rows get ids {@code <rowIdPrefix><index>} for tests); picking a
     * row sets {@code selected}, and setting {@code selected} picks its row. Grows to the height it is given.
     */
    static <T> ListView<T> pickList(String id, ObservableList<T> items, Function<T, String> describe,
            String rowIdPrefix, ObjectProperty<T> selected) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("manager-list");
        list.setCellFactory(view -> new TextCell<>(describe, rowIdPrefix));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                selected.set(item);
            }
        });
        selected.addListener((obs, old, item) -> list.getSelectionModel().select(item));
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** A list cell showing one line of text, at least 48 px high (a touch target). */
    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final String idPrefix;

        TextCell(Function<T, String> text, String idPrefix) {
            this.text = text;
            this.idPrefix = idPrefix;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
            setId(empty || item == null ? null : idPrefix + getIndex());
            setMinHeight(48);
        }
    }
}
