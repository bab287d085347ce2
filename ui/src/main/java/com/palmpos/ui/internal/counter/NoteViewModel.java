package com.palmpos.ui.internal.counter;

import com.palmpos.pos.order.OrderTransitions;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The note sheet: the kitchen note of one order line, or the order's own note (name, table, "birthday"), with a few
 * common notes one key away. FX thread only; testable without a toolkit.
 */
public final class NoteViewModel {

    private final String lineId;
    private final String title;
    private final List<String> suggestions;
    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private NoteViewModel(String lineId, String title, String current, List<String> suggestions, Messages messages) {
        this.lineId = lineId;
        this.title = title;
        this.suggestions = List.copyOf(suggestions);
        this.messages = messages;
        text.set(current == null ? "" : current);
    }

    /** The note of the line {@code lineId} ("Note for Latte"); suggestions from the counter bundle. */
    public static NoteViewModel forLine(String lineId, String lineName, String current, Messages messages) {
        return new NoteViewModel(lineId, messages.get("counter.note.forLine", lineName), current,
                split(messages.get("counter.note.lineSuggestions")), messages);
    }

    /** The order's own note. */
    public static NoteViewModel forOrder(String current, Messages messages) {
        return new NoteViewModel(null, messages.get("counter.note.forOrder"), current,
                split(messages.get("counter.note.orderSuggestions")), messages);
    }

    /** The line the note is for; null for the order's note. */
    public String lineId() {
        return lineId;
    }

    public boolean forOrder() {
        return lineId == null;
    }

    public String title() {
        return title;
    }

    /** Common notes; picking one adds it to the text. */
    public List<String> suggestions() {
        return suggestions;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds {@code suggestion} to the note (after a comma), once. */
    public void add(String suggestion) {
        String now = text.get().strip();
        if (!now.contains(suggestion)) {
            text.set(now.isEmpty() ? suggestion : now + ", " + suggestion);
        }
    }

    /** The note to save (trimmed, empty clears it), or empty with the problem set when it is too long. */
    public Optional<String> note() {
        String note = text.get() == null ? "" : text.get().strip();
        if (note.length() > OrderTransitions.MAX_NOTE) {
            problem.set(messages.get("counter.note.tooLong", OrderTransitions.MAX_NOTE, note.length()));
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(note);
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
