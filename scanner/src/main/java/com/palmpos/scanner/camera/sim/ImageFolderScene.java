package com.palmpos.scanner.camera.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Builds a {@link Scene} from a folder of PNG/JPEG images played in file-name order, each held for a number of
 * frames and labelled with its file name. All images are decoded up front (keep folders small: a few hundred
 * frames) and must share one size, as a camera's frames do.
 */
public final class ImageFolderScene {
    private ImageFolderScene() {
    }

    /**
     * Reads the folder. Cost: one image decode per file.
     *
     * @throws IOException if the folder cannot be listed or an image cannot be read
     * @throws IllegalArgumentException if the folder holds no images, an image is not decodable, or sizes differ
     */
    public static SceneScript load(Path folder, int framesPerImage) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("scene folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(ImageFolderScene::isImage).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("scene folder " + folder + " holds no .png or .jpg images");
        }
        SceneScript.Builder script = SceneScript.builder();
        BufferedImage first = null;
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalArgumentException("scene image " + file + " is not a readable PNG or JPEG: "
                        + "re-export it or remove it from the folder");
            }
            if (first != null && (image.getWidth() != first.getWidth() || image.getHeight() != first.getHeight())) {
                throw new IllegalArgumentException("scene image " + file + " is " + image.getWidth() + "x"
                        + image.getHeight() + " but the first image is " + first.getWidth() + "x"
                        + first.getHeight() + ": all frames of a scene must have one size");
            }
            first = first == null ? image : first;
            script.hold(file.getFileName().toString(), image, framesPerImage);
        }
        return script.build();
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".png") || name.endsWith(".jpg")
                || name.endsWith(".jpeg"));
    }
}
