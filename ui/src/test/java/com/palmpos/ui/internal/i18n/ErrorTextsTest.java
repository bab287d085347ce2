package com.palmpos.ui.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedStateException;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.IllegalOrderStateException;
import com.palmpos.pos.order.ItemUnavailableException;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.staff.SensitiveAction;
import com.palmpos.pos.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTextsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final ErrorTexts english = new ErrorTexts(Messages.forLocale(Locale.ENGLISH), ZONE);
    private final ErrorTexts german = new ErrorTexts(Messages.forLocale(Locale.GERMANY), ZONE);

    @ParameterizedTest
    @ValueSource(strings = {"errors.properties", "errors_de.properties"})
    void everyRefusalCodeHasAText(String file) throws IOException {
        Properties texts = load(file);
        for (RefusalCode code : RefusalCode.values()) {
            String key = ErrorTexts.key(Refusal.of(code));
            assertThat(texts.getProperty(key)).as("%s in %s", key, file).isNotBlank();
            // ten arguments cover every code's list; a broken pattern throws here
            new MessageFormat(texts.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors.properties", "errors_de.properties"})
    void everyEnumConstantARefusalNamesHasAText(String file) throws IOException {
        Properties texts = load(file);
        Stream.of(OrderStatus.values(), TenderType.values(), SensitiveAction.values()).flatMap(Stream::of)
                .map(c -> "error.value." + c.getDeclaringClass().getSimpleName() + "." + c.name())
                .forEach(key -> assertThat(texts.getProperty(key)).as("%s in %s", key, file).isNotBlank());
    }

    @Test
    void germanScreenShowsGermanRefusalWithTheItemName() {
        ItemUnavailableException soldOut = new ItemUnavailableException(RefusalCode.ITEM_SOLD_OUT,
                "Pommes is 86'd (sold out)", "Pommes");

        assertThat(german.describe(soldOut)).startsWith("Pommes ist ausverkauft").doesNotContain("86'd");
        assertThat(english.describe(soldOut)).startsWith("Pommes is sold out (86'd)");
    }

    @Test
    void formatsMoneyStatusAndNumbersForTheLocale() {
        Currency euro = Currency.getInstance("EUR");
        IllegalOrderStateException over = new IllegalOrderStateException(RefusalCode.REFUND_OVER_PAID, "too much",
                Money.parse("12.50", euro), Money.parse("1234.00", euro), 1042);
        IllegalOrderStateException closed = new IllegalOrderStateException(RefusalCode.ORDER_CLOSED, "closed", 7,
                OrderStatus.PAID);

        assertThat(german.describe(over)).contains("12,50\u00a0€").contains("1.234,00\u00a0€")
                .contains("Bestellung 1042");
        assertThat(german.describe(closed)).startsWith("Bestellung 7 ist bezahlt");
        assertThat(english.describe(closed)).startsWith("Order 7 is paid");
    }

    @Test
    void showsTimesOfDayInTheStoreZone() {
        RefusedStateException open = new RefusedStateException(RefusalCode.SHIFT_STILL_OPEN, "still open", "ana",
                Instant.parse("2026-11-26T08:05:00Z"));

        assertThat(german.describe(open)).contains("ana um 09:05");
    }

    @Test
    void findsTheRefusalDeepInTheCauseChain() {
        RuntimeException wrapped = new CompletionException(new StoreException("transaction failed",
                new RefusedStateException(RefusalCode.LOYALTY_OFF, "loyalty is switched off")));

        assertThat(german.describe(wrapped)).isEqualTo("Das Treueprogramm ist in dieser Filiale ausgeschaltet.");
    }

    @Test
    void infrastructureFailuresGetAGenericTextWithoutTheTechnicalMessage() {
        StoreException database = new StoreException("database transaction failed: Table ORDERS not found",
                new SQLException("Table ORDERS not found"));
        UncheckedIOException file = new UncheckedIOException(new IOException("disk full: /var/palmpos"));

        assertThat(german.describe(database)).startsWith("Das Terminal konnte seine Daten nicht")
                .doesNotContain("ORDERS");
        assertThat(german.describe(file)).startsWith("Eine Datei oder ein Ger\u00e4t").doesNotContain("disk full");
    }

    @Test
    void aFailureWithoutRefusalNeverShowsItsEnglishMessage() {
        for (Throwable failure : List.of(new IllegalArgumentException("card details need the processor token"),
                new NullPointerException(), new RuntimeException((String) null))) {
            assertThat(german.describe(failure)).startsWith("Etwas ist schiefgelaufen").doesNotContain("card");
        }
        assertThat(german.describe(null)).startsWith("Etwas ist schiefgelaufen");
    }

    @Test
    void survivesACauseCycle() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(english.describe(first)).startsWith("Something went wrong");
    }

    private Properties load(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/palmpos/resources/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
