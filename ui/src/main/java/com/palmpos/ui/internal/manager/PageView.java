package com.palmpos.ui.internal.manager;

import javafx.scene.input.KeyEvent;

/** A manager page's view: takes the focus when shown and handles its own keys. FX thread only. */
interface PageView {

    /** Puts the keyboard focus where work starts (the list, the first field). */
    default void focusFirst() {
    }

    /** A key pressed while the page shows; true if the page used it (the window consumes it). */
    default boolean handleKey(KeyEvent event) {
        return false;
    }
}
