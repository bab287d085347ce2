package com.palmpos.ui;

import com.palmpos.pos.settings.TerminalSettingStore;
import java.util.Objects;
import java.util.Optional;

/**
 * What the manager screens need beyond {@link CounterServices}, wired by the application. Immutable holder; the
 * services are thread-safe and may block (the screens call them through the shell's task runner).
 *
 * @param settings where the settings screen saves what a manager changes; empty when not wired (the screen then
 *     shows the values but cannot save them, and says so)
 */
public record ManagerPorts(Optional<TerminalSettingStore> settings) {

    /** Nothing wired: the manager screens that need these ports explain that they are unavailable. */
    public static final ManagerPorts NONE = new ManagerPorts(Optional.empty());

    public ManagerPorts {
        Objects.requireNonNull(settings, "settings");
    }

    /** Ports over a settings store. */
    public static ManagerPorts of(TerminalSettingStore settings) {
        return new ManagerPorts(Optional.of(settings));
    }
}
