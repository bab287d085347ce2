package com.palmpos.ui.internal.fx;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a list's item in view without making the FX thread lay the list out twice. {@code ListView.scrollTo} right
 * after the items changed measures cells on the spot (creating, styling and sizing them inside the caller): about
 * 40 ms for the first order line of a run (FxWatchdog). After the next layout pass the cells exist, so this checks
 * whether the item is already fully shown (then nothing to do) and scrolls only if not. FX thread only.
 */
public final class ListScrolling {

    private ListScrolling() {
    }

    /** Scrolls {@code list} to {@code item} after the next layout pass, unless the item is fully shown by then. */
    public static <T> void showAfterLayout(ListView<T> list, T item) {
        Scene scene = list.getScene();
        if (scene == null) {
            list.scrollTo(item);
            return;
        }
        Runnable[] check = new Runnable[1];
        boolean[] done = new boolean[1];
        check[0] = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            // not removed while the scene runs its post-layout listeners
            Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
            int index = list.getItems().indexOf(item);
            if (index >= 0 && !fullyShown(list, index)) {
                list.scrollTo(index);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    private static boolean fullyShown(ListView<?> list, int index) {
        Node node = list.lookup(".virtual-flow");
        if (!(node instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null || !cell.isVisible()) {
            return false;
        }
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        Bounds shown = cell.localToScene(cell.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }
}
