package com.palmpos.ui;

import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.SyncStatusSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The services the shell calls, implemented outside the UI and wired by the application. Later screens add
 * their ports here. Immutable holder; the ports themselves must be thread-safe.
 *
 * @param managerAuthenticator checks and changes the manager PIN
 * @param syncStatus feeds the online indicator; {@link SyncStatusSource#notConnected()} until sync exists
 * @param counter the domain services and the palm reader behind the counter, customer and manager screens
 * @param manager what only the manager screens use (settings, approvals, privacy, audit); empty when not wired:
 *     the settings and privacy pages then say they are unavailable and voids/refunds are approved by the PIN alone
 */
public record ShellPorts(ManagerAuthenticator managerAuthenticator, SyncStatusSource syncStatus,
        CounterServices counter, Optional<ManagerPorts> manager) {

    public ShellPorts {
        Objects.requireNonNull(managerAuthenticator, "managerAuthenticator");
        Objects.requireNonNull(syncStatus, "syncStatus");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(manager, "manager");
    }

    /** Ports without the manager-only services. */
    public ShellPorts(ManagerAuthenticator managerAuthenticator, SyncStatusSource syncStatus,
            CounterServices counter) {
        this(managerAuthenticator, syncStatus, counter, Optional.empty());
    }
}
