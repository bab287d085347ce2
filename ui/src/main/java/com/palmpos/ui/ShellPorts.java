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
 */
public record ShellPorts(ManagerAuthenticator managerAuthenticator, SyncStatusSource syncStatus,
        CounterServices counter) {

    public ShellPorts {
        Objects.requireNonNull(managerAuthenticator, "managerAuthenticator");
        Objects.requireNonNull(syncStatus, "syncStatus");
        Objects.requireNonNull(counter, "counter");
    }
}
