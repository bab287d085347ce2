package com.palmpos.ui.internal.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The keyboard inside a sheet (item choices, meal deal, discount, note, rewards, payment). A sheet is a column of
 * stops: rows of options (panes marked with {@link #row}) and text fields. Up/Down move between stops, Left/Right
 * between the options of a row, a digit 1-9 picks that option of a numbered row (its number is shown on the option),
 * Space presses the focused option (JavaFX's own), Enter and Esc stay with the sheet (confirm and cancel). Digits
 * in a text field stay text. Stateless; FX thread only.
 */
public final class SheetKeys {

    private static final String ROW = "sheet-key-row";
    private static final String NUMBERED = "sheet-key-numbered";
    private static final int MAX_NUMBERED = 9;

    private SheetKeys() {
    }

    /** Marks {@code pane} as one row of options for the arrow keys. */
    public static <P extends Pane> P row(P pane) {
        pane.getStyleClass().add(ROW);
        return pane;
    }

    /** Marks {@code pane} as a row whose first nine options are picked by 1-9, and shows each option's digit. */
    public static <P extends Pane> P numberedRow(P pane) {
        row(pane).getProperties().put(NUMBERED, Boolean.TRUE);
        List<ButtonBase> options = options(pane);
        for (int i = 0; i < Math.min(MAX_NUMBERED, options.size()); i++) {
            Label hint = new Label(String.valueOf(i + 1));
            hint.getStyleClass().add("shortcut-hint");
            options.get(i).setGraphic(hint);
            options.get(i).setContentDisplay(ContentDisplay.LEFT);
        }
        return pane;
    }

    /** Handles a key pressed while {@code sheet} is open; true when used (the caller consumes the event). */
    public static boolean handle(Parent sheet, KeyEvent event) {
        Scene scene = sheet.getScene();
        if (scene == null || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        Node focus = scene.getFocusOwner();
        List<Node> stops = stops(sheet);
        int at = stopOf(stops, focus);
        KeyCode code = event.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            if (stops.isEmpty()) {
                return false;
            }
            int next = at < 0 ? (code == KeyCode.UP ? stops.size() - 1 : 0)
                    : Math.max(0, Math.min(stops.size() - 1, at + (code == KeyCode.UP ? -1 : 1)));
            enter(stops.get(next));
            revealFocus(scene);
            return true;
        }
        if ((code == KeyCode.LEFT || code == KeyCode.RIGHT) && at >= 0 && stops.get(at) instanceof Pane row) {
            List<ButtonBase> options = enabled(row);
            int index = options.indexOf(focus);
            if (options.isEmpty()) {
                return false;
            }
            int next = Math.floorMod(index + (code == KeyCode.LEFT ? -1 : 1), options.size());
            options.get(next).requestFocus();
            revealFocus(scene);
            return true;
        }
        int digit = Shortcuts.digitOf(event);
        if (digit >= 1 && !event.isShiftDown() && !(focus instanceof TextInputControl)) {
            Pane row = at >= 0 && stops.get(at) instanceof Pane p ? p : firstNumbered(stops);
            if (row == null || !row.getProperties().containsKey(NUMBERED)) {
                return false;
            }
            List<ButtonBase> options = options(row);
            if (digit <= options.size() && !options.get(digit - 1).isDisabled()) {
                options.get(digit - 1).requestFocus();
                options.get(digit - 1).fire();
            }
            return true;
        }
        return false;
    }

    /** Presses the focused option of {@code sheet} (Enter on a sheet without a confirm action); false if none. */
    public static boolean fireFocused(Parent sheet) {
        Scene scene = sheet.getScene();
        if (scene != null && scene.getFocusOwner() instanceof ButtonBase button && isInside(button, sheet)
                && !button.isDisabled()) {
            button.fire();
            return true;
        }
        return false;
    }

    /** Puts the focus on the first stop (when the sheet opens). */
    public static void focusFirst(Parent sheet) {
        List<Node> stops = stops(sheet);
        if (!stops.isEmpty()) {
            enter(stops.get(0));
        }
    }

    private static void revealFocus(Scene scene) {
        if (scene.getFocusOwner() != null) {
            scene.getRoot().layout();
            Reveal.reveal(scene.getFocusOwner());
        }
    }

    private static void enter(Node stop) {
        if (stop instanceof Pane row) {
            List<ButtonBase> options = enabled(row);
            options.stream().filter(o -> o instanceof Toggle t && t.isSelected()).findFirst()
                    .or(() -> options.stream().findFirst()).ifPresent(SheetKeys::focus);
        } else {
            focus(stop);
        }
    }

    /**
     * Focuses {@code node} now, or once it is in the scene: a sheet just opened gets its scroll pane's skin, and so
     * the content's place in the scene, at the next pulse (forcing it here would run the CSS of the whole sheet).
     */
    private static void focus(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> property, Scene old, Scene now) {
                if (now != null) {
                    property.removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    private static List<Node> stops(Parent sheet) {
        List<Node> stops = new ArrayList<>();
        collect(sheet, stops);
        stops.removeIf(stop -> stop instanceof Pane row && enabled(row).isEmpty());
        return stops;
    }

    private static void collect(Parent parent, List<Node> stops) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.getStyleClass().contains(ROW) || child instanceof TextInputControl) {
                stops.add(child);
            } else if (child instanceof ScrollPane scroll) {
                // its content, which is not among its children until the skin is made (the sheet just opened)
                if (scroll.getContent() instanceof Parent content) {
                    collect(content, stops);
                }
            } else if (child instanceof Parent inner) {
                collect(inner, stops);
            }
        }
    }

    /** The options of a row, in order (as numbered, sold-out ones included). */
    private static List<ButtonBase> options(Pane row) {
        List<ButtonBase> options = new ArrayList<>();
        for (Node child : row.getChildren()) {
            if (child instanceof ButtonBase button && button.isVisible()) {
                options.add(button);
            }
        }
        return options;
    }

    /** The options the arrows can land on. */
    private static List<ButtonBase> enabled(Pane row) {
        return options(row).stream().filter(option -> !option.isDisabled()).toList();
    }

    private static Pane firstNumbered(List<Node> stops) {
        return stops.stream().filter(s -> s instanceof Pane p && p.getProperties().containsKey(NUMBERED))
                .map(Pane.class::cast).findFirst().orElse(null);
    }

    private static int stopOf(List<Node> stops, Node focus) {
        for (int i = 0; i < stops.size(); i++) {
            if (focus != null && isInside(focus, stops.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
