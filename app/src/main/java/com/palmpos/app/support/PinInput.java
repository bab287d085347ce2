package com.palmpos.app.support;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a manager PIN: from the terminal without echo, or the first line of standard input when piped (scripts). */
final class PinInput {
    private PinInput() {
    }

    static char[] read(String managerId) {
        Console console = System.console();
        if (console != null) {
            char[] pin = console.readPassword("PIN of %s: ", managerId);
            return pin == null ? new char[0] : pin;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PIN from standard input: " + e.getMessage(), e);
        }
    }
}
