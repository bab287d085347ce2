package com.palmpos.ui.internal.manager;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The pages of the manager area, each a tile on the home hub with its function key. */
public enum ManagerPage {
    HOME(null, null),
    SETTINGS("settings", KeyCode.F1),
    MENU("menu", KeyCode.F2),
    SHIFT("shift", KeyCode.F3),
    ORDERS("orders", KeyCode.F4),
    PRIVACY("privacy", KeyCode.F5),
    SYNC("sync", KeyCode.F6),
    AUDIT("audit", KeyCode.F7);

    private final String name;
    private final KeyCombination shortcut;

    ManagerPage(String name, KeyCode key) {
        this.name = name;
        this.shortcut = key == null ? null : new KeyCodeCombination(key);
    }

    /** Short name used in node ids ({@code tile-settings}, {@code page-settings}) and text keys. */
    public String id() {
        return name;
    }

    /** The key that opens the page from the hub; null for the hub itself. */
    public KeyCombination shortcut() {
        return shortcut;
    }
}
