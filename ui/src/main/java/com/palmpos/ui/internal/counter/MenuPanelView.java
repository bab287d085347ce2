package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.Category;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** Menu panel: search field, category bar and the item grid; the highlighted tile is what Enter adds. */
public final class MenuPanelView extends VBox {

    private final MenuPanelViewModel viewModel;
    private final Messages messages;
    private final TextField search = new TextField();
    private final TilePane grid = new TilePane();
    private final EmptyStateView empty;

    public MenuPanelView(MenuPanelViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("menu-panel");
        getStyleClass().addAll("panel", "menu-panel");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        search.setId("menu-search");
        search.setPromptText(messages.get("counter.menu.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        empty = new EmptyStateView(viewModel.emptyState());
        grid.setId("menu-grid");
        grid.getStyleClass().add("menu-grid");
        grid.setOrientation(Orientation.HORIZONTAL);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("menu-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        FlowPane categoryBar = categoryBar();
        getChildren().addAll(title, search, categoryBar, scroll, empty);
        // a menu pulled from the cloud brings its own categories
        viewModel.categories().addListener((javafx.collections.ListChangeListener<Category>) change ->
                drawCategories(categoryBar));
        viewModel.tiles().addListener((javafx.collections.ListChangeListener<MenuTile>) change -> drawTiles());
        viewModel.selectedProperty().addListener((obs, old, index) -> highlight());
        drawTiles();
    }

    /** The search field, focused when the cashier starts typing anywhere on the counter. */
    public TextField searchField() {
        return search;
    }

    private FlowPane categoryBar() {
        FlowPane bar = new FlowPane();
        bar.setId("category-bar");
        bar.getStyleClass().add("category-bar");
        drawCategories(bar);
        return bar;
    }

    private void drawCategories(FlowPane bar) {
        bar.getChildren().clear();
        ToggleGroup group = new ToggleGroup();
        for (Category category : viewModel.categories()) {
            ToggleButton button = new ToggleButton(EmojiFont.withIcon(category.icon(), category.name()));
            button.setId("category-" + category.id());
            button.getStyleClass().add("category-button");
            button.setToggleGroup(group);
            button.setSelected(category.equals(viewModel.categoryProperty().get()));
            button.setOnAction(event -> {
                viewModel.searchProperty().set("");
                viewModel.categoryProperty().set(category);
                button.setSelected(true);
            });
            bar.getChildren().add(button);
        }
    }

    private void drawTiles() {
        grid.getChildren().clear();
        for (MenuTile tile : viewModel.tiles()) {
            Button button = new Button(EmojiFont.withIcon(tile.icon(), tile.name()) + "\n"
                    + (tile.available() ? tile.priceText() : messages.get("counter.menu.soldOut")));
            button.setId("menu-item-" + tile.id());
            button.getStyleClass().add("menu-tile");
            if (tile.isDeal()) {
                button.getStyleClass().add("deal-tile");
            }
            button.setContentDisplay(ContentDisplay.TEXT_ONLY);
            button.setWrapText(true);
            button.setDisable(!tile.available());
            button.setFocusTraversable(false);
            button.setOnAction(event -> viewModel.choose(tile));
            grid.getChildren().add(button);
        }
        boolean none = viewModel.tiles().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        highlight();
    }

    private void highlight() {
        int selected = viewModel.selectedProperty().get();
        for (int i = 0; i < grid.getChildren().size(); i++) {
            grid.getChildren().get(i).getStyleClass().remove("selected");
            if (i == selected) {
                grid.getChildren().get(i).getStyleClass().add("selected");
            }
        }
    }
}
