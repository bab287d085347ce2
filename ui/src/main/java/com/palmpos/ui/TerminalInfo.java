package com.palmpos.ui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Facts about this installation shown in the manager area. Immutable.
 *
 * @param version application version, e.g. "0.1.0"
 * @param dataDirectory where the terminal keeps its database and logs
 */
public record TerminalInfo(String version, Path dataDirectory) {

    public TerminalInfo {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
}
