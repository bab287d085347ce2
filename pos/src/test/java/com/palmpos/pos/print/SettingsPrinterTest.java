package com.palmpos.pos.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsPrinterTest {

    @TempDir
    Path dir;

    private Database db;
    private TerminalSettingStore store;
    private Path receipts;

    @BeforeEach
    void open() {
        db = Database.open(dir, null, "pos");
        store = new TerminalSettingStore(db, Clock.systemUTC());
        receipts = dir.resolve("receipts");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void usesTheConfiguredPrinterWhileNothingWasSaved() throws IOException {
        SettingsPrinter printer = following(new PrinterChoice(PrinterChoice.Kind.FILE, ""));

        printer.print("receipt-1", "hello");

        assertThat(printer.isSetUp()).isTrue();
        assertThat(printedFiles()).singleElement().asString().endsWith("receipt-1.txt");
    }

    @Test
    void aSavedChoiceWinsOverTheConfiguredOneAtStart() {
        store.putAll(Map.of("printer.kind", "none"), "manager");

        SettingsPrinter printer = following(new PrinterChoice(PrinterChoice.Kind.FILE, ""));

        assertThat(printer.isSetUp()).isFalse();
        assertThat(printer.choice()).isEqualTo(PrinterChoice.NONE);
    }

    @Test
    void switchesToNoPrinterAtOnceWhenAManagerSavesNone() throws IOException {
        SettingsPrinter printer = following(new PrinterChoice(PrinterChoice.Kind.FILE, ""));

        store.putAll(Map.of("printer.kind", "none"), "manager");

        assertThat(printer.isSetUp()).isFalse();
        assertThatThrownBy(() -> printer.print("receipt-2", "hello")).isInstanceOf(NoPrinterException.class)
                .hasMessageContaining("No printer is set up").hasMessageContaining("settings page");
        assertThat(printedFiles()).isEmpty();
    }

    @Test
    void switchesFromNoPrinterToTextFilesAtOnceWhenAManagerSavesFile() throws IOException {
        SettingsPrinter printer = following(PrinterChoice.NONE);

        store.putAll(Map.of("printer.kind", "file"), "manager");
        printer.print("kitchen-3", "2x Latte");

        assertThat(printedFiles()).singleElement().asString().endsWith("kitchen-3.txt");
    }

    @Test
    void followsTheQueueOfASavedEscPosPrinter() {
        SettingsPrinter printer = following(PrinterChoice.NONE);

        store.putAll(Map.of("printer.kind", "escpos", "printer.queue", " kitchen-epson "), "manager");

        assertThat(printer.choice()).isEqualTo(new PrinterChoice(PrinterChoice.Kind.ESCPOS, "kitchen-epson"));
        assertThatThrownBy(() -> printer.print("receipt-4", "x")).isInstanceOf(PrintFailedException.class)
                .hasMessageContaining("no printer queue named 'kitchen-epson'");
    }

    @Test
    void ignoresSavesOfOtherSettings() {
        SettingsPrinter printer = following(new PrinterChoice(PrinterChoice.Kind.FILE, ""));

        store.putAll(Map.of("store.name", "Harbour Noodles"), "manager");

        assertThat(printer.choice().kind()).isEqualTo(PrinterChoice.Kind.FILE);
    }

    @Test
    void treatsAnUnreadableSavedKindOrAQueuelessEscPosAsNoPrinter() {
        assertThat(PrinterChoice.from(Map.of("printer.kind", "laser"))).isEqualTo(PrinterChoice.NONE);
        assertThat(PrinterChoice.from(Map.of("printer.kind", "escpos", "printer.queue", " ")))
                .isEqualTo(PrinterChoice.NONE);
        assertThat(PrinterChoice.from(Map.of("printer.kind", "FILE")).kind()).isEqualTo(PrinterChoice.Kind.FILE);
    }

    private SettingsPrinter following(PrinterChoice unsaved) {
        return SettingsPrinter.following(store, unsaved, receipts, Clock.systemUTC());
    }

    private java.util.List<Path> printedFiles() throws IOException {
        if (!Files.isDirectory(receipts)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(receipts)) {
            return files.toList();
        }
    }
}
