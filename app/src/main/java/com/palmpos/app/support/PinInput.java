package com.palmpos.app.support;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a manager PIN or a passphrase: from the terminal without echo, or the next line of standard input when piped
 * (scripts).
 */
final class PinInput {
    private PinInput() {
    }

    private static BufferedReader piped;
    private static java.io.InputStream pipedFrom;

    static char[] read(String managerId) {
        return readSecret("PIN of " + managerId + ": ");
    }

    /** One secret line, prompted with {@code prompt} on a console (no echo); empty when input has ended. */
    static synchronized char[] readSecret(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] secret = console.readPassword("%s", prompt);
            return secret == null ? new char[0] : secret;
        }
        try {
            if (piped == null || pipedFrom != System.in) {
                pipedFrom = System.in;
                piped = new BufferedReader(new InputStreamReader(pipedFrom, StandardCharsets.UTF_8));
            }
            String line = piped.readLine();
            return line == null ? new char[0] : line.strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read from standard input: " + e.getMessage(), e);
        }
    }
}
