package com.palmpos.scanner.synth;

/**
 * A procedural background scene behind the hand, and the frame size. Immutable.
 *
 * @param kind the style of scene
 * @param variant which scene of that style (any int; each gives a different but reproducible scene)
 * @param width frame width in pixels, 16-4096
 * @param height frame height in pixels, 16-4096
 */
public record Background(Kind kind, int variant, int width, int height) {
    /** Default camera frame size. */
    public static final int DEFAULT_WIDTH = 640, DEFAULT_HEIGHT = 480;

    /** Scene styles. All but {@link #WARM_WOOD} avoid skin colours entirely. */
    public enum Kind {
        /** A painted wall with soft light fall-off. */
        PLAIN_WALL,
        /** Grey or cool-stained wooden planks. */
        WOOD,
        /** A smooth two-colour gradient. */
        GRADIENT,
        /** Out-of-focus objects of many colours in front of a wall. */
        CLUTTER,
        /** Oak-coloured planks: skin-like, the hard case for colour-based hand segmentation. */
        WARM_WOOD
    }

    public Background {
        if (kind == null) {
            throw new IllegalArgumentException("background kind is required");
        }
        if (width < 16 || width > 4096 || height < 16 || height > 4096) {
            throw new IllegalArgumentException("background size must be 16-4096 pixels each way, got "
                    + width + "x" + height);
        }
    }

    /** A scene of the given style at the default 640x480. */
    public static Background of(Kind kind, int variant) {
        return new Background(kind, variant, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * The index-th scene of a cycle through the skin-free styles (wall, wood, gradient, clutter), 640x480:
     * convenient for demos that want variety without colour-segmentation traps.
     */
    public static Background cycle(int index) {
        Kind[] safe = {Kind.PLAIN_WALL, Kind.WOOD, Kind.GRADIENT, Kind.CLUTTER};
        return of(safe[Math.floorMod(index, safe.length)], index);
    }

    /** The same scene rendered at another frame size. */
    public Background withSize(int newWidth, int newHeight) {
        return new Background(kind, variant, newWidth, newHeight);
    }
}
