package com.palmpos.ui.internal.manager;

import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.audit.AuditVerification;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log for the manager: the newest entries and whether the hash chain is intact (recomputed over the whole
 * log each time the page opens; about a microsecond per entry plus the read). Read-only. UI thread only.
 */
public final class AuditPageViewModel implements PageModel {

    static final int SHOWN = 200;

    private final ManagerContext context;
    private final AuditLog audit;
    private final Feedback feedback = new Feedback();
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(true);

    public AuditPageViewModel(ManagerContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    @Override
    public void onShow() {
        refresh();
    }

    /** Reads the newest entries and checks the chain again. */
    public void refresh() {
        Messages messages = context.messages();
        feedback.busy(messages.get("manager.audit.checking"));
        context.tasks().run("read and verify the audit log", () -> new Snapshot(audit.recent(SHOWN), audit.verify()),
                snapshot -> {
                    DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withLocale(messages.locale()).withZone(context.services().settings().zone());
                    entries.setAll(snapshot.entries().stream().map(e -> messages.get("manager.audit.entry", Long.toString(e.seq()),
                            time.format(e.at()), e.actor(), e.action(), e.subject(), e.outcome(), e.detail())).toList());
                    AuditVerification check = snapshot.check();
                    intact.set(check.intact());
                    chain.set(check.intact() ? messages.get("manager.audit.intact", check.rowsChecked())
                            : messages.get("manager.audit.broken", check.problem().orElse("")));
                    feedback.clear();
                }, failure -> feedback.error(messages.get("manager.audit.failed", context.errors().describe(failure))));
    }

    private record Snapshot(List<AuditEntry> entries, AuditVerification check) {}

    public ObservableList<String> entries() {
        return entries;
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intactProperty() {
        return intact.getReadOnlyProperty();
    }

    public Feedback feedback() {
        return feedback;
    }
}
