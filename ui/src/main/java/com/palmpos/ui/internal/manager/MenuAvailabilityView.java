package com.palmpos.ui.internal.manager;

import com.palmpos.pos.menu.Category;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.MenuAvailabilityViewModel.ItemRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The 86 board: categories on the left, items with their state and a touch button on the right. Keys: arrows
 * choose an item, Enter switches it, Page Up/Down change the category.
 */
final class MenuAvailabilityView extends VBox implements PageView {

    private final MenuAvailabilityViewModel viewModel;
    private final ListView<ItemRow> list = new ListView<>();

    MenuAvailabilityView(MenuAvailabilityViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        VBox categories = new VBox();
        categories.getStyleClass().add("manager-categories");
        ToggleGroup group = new ToggleGroup();
        for (Category category : viewModel.categories()) {
            ToggleButton button = new ToggleButton(category.name());
            button.setId("menu-category-" + category.id());
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setSelected(category.equals(viewModel.categoryProperty().get()));
            button.setOnAction(event -> viewModel.categoryProperty().set(category));
            viewModel.categoryProperty().addListener((obs, old, now) -> button.setSelected(category.equals(now)));
            categories.getChildren().add(button);
        }
        list.setId("menu-items");
        list.getStyleClass().add("manager-list");
        list.setItems(viewModel.items());
        list.setCellFactory(view -> new ItemCell(messages));
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox body = new HBox(categories, list);
        body.getStyleClass().add("manager-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox content = new VBox(ManagerWidgets.hint(messages.get("manager.menu.keys")), body);
        getChildren().add(ManagerWidgets.page(ManagerPage.MENU, messages, viewModel.feedback(), back, content));
        VBox.setVgrow(getChildren().get(0), Priority.ALWAYS);
    }

    @Override
    public void focusFirst() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.PAGE_UP) {
            viewModel.moveCategory(event.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            list.getSelectionModel().selectFirst();
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && list.isFocused()) {
            viewModel.toggle(list.getSelectionModel().getSelectedItem());
            return true;
        }
        return false;
    }

    /**
     * Name, state and the switch button of one item. The nodes are built once per cell and refilled on each update
     * (a new node tree per update is styled inside the list's layout pass on the FX thread).
     */
    private final class ItemCell extends ListCell<ItemRow> {
        private final Messages messages;
        private final Label name = new Label();
        private final Label state = new Label();
        private final Button toggle = new Button();
        private final HBox box;

        ItemCell(Messages messages) {
            this.messages = messages;
            name.getStyleClass().add("item-name");
            state.getStyleClass().add("item-state");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            toggle.setFocusTraversable(false);
            toggle.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.toggle(getItem());
                }
            });
            box = new HBox(name, spacer, state, toggle);
            box.getStyleClass().add("manager-row");
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.name());
            state.setText(messages.get(row.available() ? "manager.menu.onSale" : "manager.menu.offSale"));
            state.getStyleClass().removeAll("state-on", "state-off");
            state.getStyleClass().add(row.available() ? "state-on" : "state-off");
            toggle.setText(messages.get(row.available() ? "manager.menu.take86" : "manager.menu.bringBack"));
            toggle.setId("menu-toggle-" + row.id());
            setGraphic(box);
        }
    }
}
