package com.palmpos.ui.internal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoteViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void suggestionIsAddedOnceAfterWhatWasTyped() {
        NoteViewModel note = NoteViewModel.forLine("line-1", "Latte", "oat milk", messages);

        note.add("Extra hot");
        note.add("Extra hot");

        assertThat(note.note()).contains("oat milk, Extra hot");
    }

    @Test
    void refusesANoteLongerThanTheTicketTakesAndSaysHowLong() {
        NoteViewModel note = NoteViewModel.forOrder("", messages);
        note.textProperty().set("x".repeat(141));

        assertThat(note.note()).isEmpty();
        assertThat(note.problemProperty().get())
                .isEqualTo("A note holds at most 140 characters (141 typed): shorten it");
    }

    @Test
    void emptyTextClearsTheNote() {
        NoteViewModel note = NoteViewModel.forLine("line-1", "Latte", "no foam", messages);
        note.textProperty().set("   ");

        assertThat(note.note()).contains("");
        assertThat(note.forOrder()).isFalse();
    }

    @Test
    void germanCounterShowsGermanSuggestions() {
        NoteViewModel note = NoteViewModel.forOrder("", Messages.forLocale(Locale.GERMAN));

        assertThat(note.title()).isEqualTo("Hinweis zur ganzen Bestellung");
        assertThat(note.suggestions()).first().isEqualTo("Geburtstag");
    }
}
