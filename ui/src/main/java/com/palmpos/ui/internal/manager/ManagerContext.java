package com.palmpos.ui.internal.manager;

import com.palmpos.ui.CounterServices;
import com.palmpos.ui.ManagerPorts;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.ErrorTexts;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.ManagerAuthenticator;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.TaskRunner;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the manager pages talk to, in one immutable holder so their constructors stay short.
 *
 * @param session the counter's session: services, task runner and texts (the counter's menu shares its services)
 * @param manager the manager-only services; empty when the application did not wire them
 * @param authenticator checks the manager PIN again before voids and refunds when {@code manager} is empty
 */
public record ManagerContext(CounterSession session, SyncStatusSource sync, Optional<ManagerPorts> manager,
        ManagerAuthenticator authenticator, TerminalInfo info, UiSettings settings) {

    public ManagerContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(settings, "settings");
    }

    public CounterServices services() {
        return session.services();
    }

    public TaskRunner tasks() {
        return session.tasks();
    }

    public Messages messages() {
        return session.messages();
    }

    /** Failures as sentences in the screen's language (see {@link ErrorTexts}). */
    public ErrorTexts errors() {
        return session.errors();
    }

    /** Who the manager actions are recorded under (the signed-in manager). */
    public String staffId() {
        return session.services().staffId();
    }
}
