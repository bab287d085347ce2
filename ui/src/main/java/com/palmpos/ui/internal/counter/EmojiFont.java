package com.palmpos.ui.internal.counter;

import java.util.Locale;
import javafx.scene.text.Font;

/**
 * Whether this machine has a font that draws emoji. Menu icons are emoji; without such a font they would show as
 * empty boxes, so the buttons then carry the names alone. FX thread (asks the toolkit's font list once).
 */
final class EmojiFont {

    private static Boolean available;

    private EmojiFont() {
    }

    static boolean available() {
        if (available == null) {
            available = Font.getFamilies().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains("emoji"));
        }
        return available;
    }

    /** {@code icon + " " + text} when emoji can be drawn, else the text. */
    static String withIcon(String icon, String text) {
        return icon == null || icon.isBlank() || !available() ? text : icon + " " + text;
    }
}
