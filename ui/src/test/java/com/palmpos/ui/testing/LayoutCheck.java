package com.palmpos.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * Finds what a cashier cannot read on a laid-out screen: a {@link Labeled} whose text is cut to an ellipsis, a
 * control reaching past the window, and two sibling controls drawn over each other. Call on the FX thread after a
 * layout pass; returns one sentence per problem naming the node (id, else class and text).
 */
public final class LayoutCheck {

    /** Half a pixel is rounding, not overlap. */
    private static final double TOLERANCE = 1.0;

    private LayoutCheck() {
    }

    public static List<String> problems(Parent root) {
        List<String> found = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        visit(root, window, found);
        return found;
    }

    private static void visit(Node node, Bounds window, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            truncated(labeled).ifPresent(found::add);
        }
        if (node instanceof Control control && !insideScrollPane(control)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMaxX() > window.getMaxX() + TOLERANCE
                    || b.getMaxY() > window.getMaxY() + TOLERANCE)) {
                found.add("outside the window: " + name(control) + " ends at " + (int) b.getMaxX() + "x"
                        + (int) b.getMaxY());
            }
        }
        if (node instanceof Parent parent) {
            if (!(parent instanceof StackPane) && !(parent instanceof ScrollPane)) {
                overlaps(parent, found);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, window, found);
            }
        }
    }

    /** The text the skin draws differs from the label's and ends with its ellipsis. */
    private static java.util.Optional<String> truncated(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && drawn.getText() != null && !drawn.getText().equals(text)
                    && drawn.getText().replace("\n", " ").strip().endsWith(labeled.getEllipsisString().strip())
                    && !text.endsWith(labeled.getEllipsisString().strip())) {
                return java.util.Optional.of("truncated: " + name(labeled) + " shows '" + drawn.getText() + "'");
            }
        }
        return java.util.Optional.empty();
    }

    private static void overlaps(Parent parent, List<String> found) {
        List<Control> controls = parent.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Control && n.isVisible() && n.isManaged()).map(n -> (Control) n).toList();
        for (int i = 0; i < controls.size(); i++) {
            Bounds a = controls.get(i).getBoundsInParent();
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds b = controls.get(j).getBoundsInParent();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    found.add("overlap: " + name(controls.get(i)) + " and " + name(controls.get(j)));
                }
            }
        }
    }

    private static boolean insideScrollPane(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        String text = node instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + text + (node.getParent() != null && node.getParent().getId() != null
                ? " in #" + node.getParent().getId() : "");
    }
}
