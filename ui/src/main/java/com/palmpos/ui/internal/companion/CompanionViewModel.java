package com.palmpos.ui.internal.companion;

import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.pos.money.Money;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.ui.internal.customer.CameraWatch;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.PalmReader;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the customer-facing display says: follows the session's {@link CompanionPage} (set by the journeys) and
 * the palm camera's state. FX thread only; {@link #close()} stops listening to the reader.
 */
public final class CompanionViewModel implements AutoCloseable {

    private final Messages messages;
    private final String storeName;
    private final CounterSession session;
    private final CameraWatch camera;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final MoneyText moneyText;

    public CompanionViewModel(Messages messages, UiSettings settings, CounterSession session) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.storeName = settings.storeName();
        this.moneyText = new MoneyText(messages.locale());
        this.session = Objects.requireNonNull(session, "session");
        this.camera = new CameraWatch(session.services().palm(), session.tasks());
        session.companionPageProperty().addListener((obs, old, page) -> show(page));
        show(session.companionPageProperty().get());
    }

    private void show(CompanionPage page) {
        CompanionTexts texts = CompanionTexts.of(page, messages, storeName);
        headline.set(texts.headline());
        message.set(texts.message());
        hint.set(texts.hint());
    }

    /** Back to the welcome screen shown between customers. */
    public void showIdle() {
        session.companionPageProperty().set(new CompanionPage.Idle());
    }

    public ReadOnlyObjectProperty<CompanionPage> pageProperty() {
        return session.companionPageProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The camera's trouble in a sentence for the customer; empty while it runs (or is starting). */
    public StringBinding cameraNotice() {
        return Bindings.createStringBinding(() -> {
            CameraState state = camera.statusProperty().get().state();
            return state == CameraState.RUNNING || state == CameraState.STARTING ? ""
                    : messages.get("companion.camera." + state.name().toLowerCase(Locale.ROOT));
        }, camera.statusProperty());
    }

    /** True while the camera delivers frames (the preview is shown instead of the palm drawing). */
    public BooleanBinding cameraRunning() {
        return camera.running();
    }

    /** The reader whose preview the display shows. */
    public PalmReader reader() {
        return session.services().palm();
    }

    public Messages messages() {
        return messages;
    }

    /** Amounts as the cashier's screen writes them, in this display's language (for the order's lines). */
    public MoneyText moneyText() {
        return moneyText;
    }

    /** An amount in this display's language. */
    public String money(Money amount) {
        return CompanionTexts.money(amount, messages.locale());
    }

    @Override
    public void close() {
        camera.close();
    }
}
