package com.palmpos.ui.internal.manager;

import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The manager's start screen: facts about the terminal plus a one-line notice (e.g. "PIN changed.").
 * The actions (change PIN, back, lock) are navigation and live in the shell view model. UI thread only.
 */
public final class ManagerHomeViewModel {

    /** One labelled fact, e.g. "Version" / "0.1.0". */
    public record InfoRow(String label, String value) {}

    private final List<InfoRow> rows;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public ManagerHomeViewModel(Messages messages, UiSettings settings, TerminalInfo info) {
        rows = List.of(
                new InfoRow(messages.get("manager.info.store"), settings.storeName()),
                new InfoRow(messages.get("manager.info.terminal"), settings.terminalName()),
                new InfoRow(messages.get("manager.info.version"), info.version()),
                new InfoRow(messages.get("manager.info.dataDirectory"), info.dataDirectory().toString()));
    }

    public List<InfoRow> rows() {
        return rows;
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    public void clearNotice() {
        notice.set("");
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
