package com.palmpos.ui.internal.companion;

import com.palmpos.ui.internal.fx.CameraPreview;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderTotals;
import com.palmpos.ui.internal.session.OrderLineRow;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customer display: a camera notice when the palm camera is missing or lost, a large headline, a body that
 * depends on the page (live camera preview with the palm outlined, the order's lines, consent buttons, enrollment
 * progress) and the main message with a hint. FX thread only.
 */
public final class CompanionView extends VBox {

    static final double PREVIEW_WIDTH = 360;

    private final CompanionViewModel viewModel;
    private final CameraPreview preview;
    private final PalmGlyph glyph = new PalmGlyph();
    private final StackPane body = new StackPane();
    private final BooleanBinding cameraRunning;
    private final Label headline;
    private final Label message;
    private final ScrollPane messageScroll;

    public CompanionView(CompanionViewModel viewModel) {
        this.viewModel = viewModel;
        this.preview = new CameraPreview(viewModel.reader(), PREVIEW_WIDTH);
        this.cameraRunning = viewModel.cameraRunning();
        setId("companion");
        getStyleClass().addAll("companion", "companion-area");
        Label camera = label("companion-camera", "companion-camera-notice", "");
        camera.textProperty().bind(viewModel.cameraNotice());
        camera.visibleProperty().bind(camera.textProperty().isNotEmpty());
        camera.managedProperty().bind(camera.visibleProperty());
        headline = label("companion-headline", "companion-welcome", "");
        headline.textProperty().bind(viewModel.headlineProperty());
        message = label("companion-message", "companion-message", "");
        message.textProperty().bind(viewModel.messageProperty());
        Label hint = label("companion-hint", "companion-hint", "");
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        body.setId("companion-body");
        // a long text (the consent notice) scrolls instead of being cut off; short ones show no bar
        messageScroll = new ScrollPane(message);
        messageScroll.setId("companion-message-scroll");
        messageScroll.getStyleClass().add("companion-scroll");
        messageScroll.setFitToWidth(true);
        messageScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        messageScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        messageScroll.setFocusTraversable(false);
        getChildren().addAll(camera, headline, body, messageScroll, hint);
        if (viewModel.reader().debugCaptureOn()) {
            // the customer is told too: their palm pictures are being kept while this is on
            Label debug = label("companion-debug-capture", "debug-capture-banner",
                    viewModel.messages().get("companion.debugCapture"));
            getChildren().add(0, debug);
        }
        viewModel.pageProperty().addListener((obs, old, page) -> showBody(page));
        cameraRunning.addListener((obs, old, running) -> showBody(viewModel.pageProperty().get()));
        showBody(viewModel.pageProperty().get());
    }

    /** Stops the preview; the window calls it when it closes. */
    public void dispose() {
        preview.stop();
    }

    private void showBody(CompanionPage page) {
        Node node;
        if (page instanceof CompanionPage.Cart cart) {
            node = cartLines(cart.order());
        } else if (page instanceof CompanionPage.Consent consent) {
            node = consentButtons(consent);
        } else if (page instanceof CompanionPage.EnrollCapture enroll) {
            ProgressBar progress = new ProgressBar((double) enroll.captured() / Math.max(1, enroll.required()));
            progress.setId("companion-enroll-progress");
            progress.setPrefWidth(PREVIEW_WIDTH);
            node = new VBox(16, camera(), progress);
            ((VBox) node).setFillWidth(false);
            node.getStyleClass().add("companion-stack");
        } else if (page instanceof CompanionPage.Idle || page instanceof CompanionPage.Guidance
                || page instanceof CompanionPage.PayWithPalm) {
            node = camera();
        } else {
            node = new Region();
        }
        body.getChildren().setAll(node);
        // the notice is long: smaller type than the one-line prompts, still scrollable
        message.getStyleClass().remove("companion-notice");
        if (page instanceof CompanionPage.Consent) {
            message.getStyleClass().add("companion-notice");
        }
        // a consent is read first, then answered: its buttons go under the notice
        getChildren().remove(body);
        getChildren().add(getChildren().indexOf(page instanceof CompanionPage.Consent ? messageScroll : headline) + 1, body);
    }

    /** The live preview while the camera runs, else the palm drawing. */
    private Node camera() {
        return cameraRunning.get() ? preview : glyph;
    }

    /** The cashier's lines (with modifiers, notes and discounts), then subtotal, discounts, tax and total. */
    private Node cartLines(Order order) {
        GridPane lines = new GridPane();
        lines.setId("companion-cart");
        lines.getStyleClass().add("companion-cart");
        int row = 0;
        for (OrderLine line : order.lines()) {
            OrderLineRow shown = OrderLineRow.of(line, viewModel.moneyText());
            Label name = label(null, "companion-cart-name", shown.title());
            VBox described = new VBox(name);
            if (!shown.details().isEmpty()) {
                described.getChildren().add(label(null, "companion-cart-details", shown.details()));
            }
            GridPane.setHgrow(described, Priority.ALWAYS);
            lines.addRow(row++, label(null, "companion-cart-qty", shown.quantity() + " \u00d7"), described,
                    label(null, "companion-cart-price", shown.amount()));
        }
        OrderTotals totals = order.totals();
        row = total(lines, row, "companion-cart-subtotal", "companion.cart.subtotal", totals.subtotal());
        if (!totals.discounts().isZero()) {
            row = total(lines, row, "companion-cart-discounts", "companion.cart.discounts", totals.discounts().negate());
        }
        row = total(lines, row, "companion-cart-tax", "companion.cart.tax", totals.exclusiveTax());
        total(lines, row, "companion-cart-total", "companion.cart.totalLabel", totals.total());
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setId("companion-cart-scroll");
        scroll.getStyleClass().add("companion-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    private int total(GridPane grid, int row, String id, String key, Money amount) {
        Label name = label(null, "companion-cart-total-name", viewModel.messages().get(key));
        Label value = label(id, "companion-cart-price", viewModel.money(amount));
        grid.add(name, 1, row);
        grid.add(value, 2, row);
        return row + 1;
    }

    private Node consentButtons(CompanionPage.Consent consent) {
        Button accept = new Button(viewModel.messages().get("companion.consent.accept"));
        accept.setId("consent-accept");
        accept.getStyleClass().addAll("companion-button", "accept");
        accept.setOnAction(event -> consent.onAccept().run());
        Button decline = new Button(viewModel.messages().get("companion.consent.decline"));
        decline.setId("consent-decline");
        decline.getStyleClass().addAll("companion-button", "decline");
        decline.setOnAction(event -> consent.onDecline().run());
        HBox buttons = new HBox(32, decline, accept);
        buttons.getStyleClass().add("companion-buttons");
        return buttons;
    }

    private static Label label(String id, String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        if (id != null) {
            label.setId(id);
        }
        label.setWrapText(true);
        return label;
    }
}
