package com.palmpos.pos.menu;

import java.util.List;

/** A menu file cannot be used; {@link #problems()} names each bad item and field. */
public final class MenuFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public MenuFormatException(String source, List<String> problems, Throwable cause) {
        super("menu " + source + " cannot be loaded: " + String.join("; ", problems)
                + " (fix these fields in the file and load it again)", cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
