package com.palmpos.ui.internal.fx;

import com.palmpos.ui.Theme;
import java.net.URL;
import java.util.List;
import javafx.scene.Scene;

/** Applies the theme stylesheets from the resources module to a scene. */
public final class Stylesheets {

    private static final String BASE = "/com/palmpos/resources/theme/base.css";

    private Stylesheets() {
    }

    /**
     * Adds base.css and the theme's palette to {@code scene}.
     *
     * @throws IllegalStateException if the resources jar is missing from the classpath
     */
    public static void apply(Scene scene, Theme theme) {
        scene.getStylesheets().addAll(List.of(locate(BASE), locate(theme.paletteStylesheet())));
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
