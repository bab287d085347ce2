package com.palmpos.ui.internal.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a sheet so a node is in sight (the option the arrow keys just moved to). FX thread only; O(depth). */
public final class Reveal {

    private Reveal() {
    }

    /** Scrolls the nearest enclosing scroll pane of {@code node} just enough to show it; no-op when none. */
    public static void reveal(Node node) {
        ScrollPane scroll = enclosingScroll(node);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewport;
        if (room <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * room;
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / room);
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / room));
        }
    }

    private static ScrollPane enclosingScroll(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
