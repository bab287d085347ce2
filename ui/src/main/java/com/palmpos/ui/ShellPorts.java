package com.palmpos.ui;

import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.SyncStatusSource;
import java.util.Objects;

/**
 * The services the shell calls, implemented outside the UI and wired by the application. Later screens add
 * their ports here. Immutable holder; the ports themselves must be thread-safe.
 *
 * @param managerAuthenticator checks and changes the manager PIN
 * @param syncStatus feeds the online indicator; {@link SyncStatusSource#notConnected()} until sync exists
 * @param counter the domain services and the palm reader behind the counter, customer and manager screens
 * @param manager what only the manager screens use (settings store...)
 */
public record ShellPorts(ManagerAuthenticator managerAuthenticator, SyncStatusSource syncStatus,
        CounterServices counter, ManagerPorts manager) {

    public ShellPorts {
        Objects.requireNonNull(managerAuthenticator, "managerAuthenticator");
        Objects.requireNonNull(syncStatus, "syncStatus");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(manager, "manager");
    }

    /** Ports without the manager-only services ({@link ManagerPorts#NONE}). */
    public ShellPorts(ManagerAuthenticator managerAuthenticator, SyncStatusSource syncStatus,
            CounterServices counter) {
        this(managerAuthenticator, syncStatus, counter, ManagerPorts.NONE);
    }
}
