package com.palmpos.ui.internal.fx;

import com.palmpos.ui.Theme;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/** Applies the theme stylesheets from the resources module to a scene. */
public final class Stylesheets {

    private static final String DIR = "/com/palmpos/resources/theme/";
    /** Base first, then one sheet per screen area (each area owns its file), then the palette. */
    private static final List<String> SHEETS = List.of("base.css", "counter.css", "customer.css", "companion.css",
            "enrollment.css", "manager.css");

    private Stylesheets() {
    }

    /**
     * Adds base.css, the screen areas' sheets and the theme's palette to {@code scene}.
     *
     * @throws IllegalStateException if the resources jar is missing from the classpath
     */
    public static void apply(Scene scene, Theme theme) {
        List<String> urls = new ArrayList<>();
        SHEETS.forEach(sheet -> urls.add(locate(DIR + sheet)));
        urls.add(locate(theme.paletteStylesheet()));
        scene.getStylesheets().addAll(urls);
    }

    private static String locate(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Stylesheet " + resource
                    + " not found: the palmpos-resources jar must be on the classpath");
        }
        return url.toExternalForm();
    }
}
