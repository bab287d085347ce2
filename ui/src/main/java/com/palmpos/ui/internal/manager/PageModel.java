package com.palmpos.ui.internal.manager;

/** A manager page's view model: told when its page appears and disappears. UI thread only. */
interface PageModel {

    /** The page is now shown: load fresh data (through the task runner), start listening. */
    void onShow();

    /** The page is no longer shown: stop listeners and previews. */
    default void onHide() {
    }
}
