package com.palmpos.ui;

/** Colour scheme of all PalmPOS windows; both share layout and sizes. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String paletteFile;

    Theme(String paletteFile) {
        this.paletteFile = paletteFile;
    }

    /** Classpath location of this theme's palette stylesheet (in the resources module). */
    public String paletteStylesheet() {
        return "/com/palmpos/resources/theme/" + paletteFile;
    }
}
