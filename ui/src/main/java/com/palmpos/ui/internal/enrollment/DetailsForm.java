package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.LoyaltyContact;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customer's details the cashier types during enrollment: the name (required) and, for an optional loyalty
 * account, a phone number and/or e-mail address. Validates on submit and says per field what is wrong.
 * UI thread only.
 */
final class DetailsForm {

    /** Validated, normalised details; {@code loyalty} null when no account is wanted. */
    record Details(String name, LoyaltyContact loyalty) {
    }

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final BooleanProperty loyalty = new SimpleBooleanProperty(this, "loyalty", false);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper contactError = new ReadOnlyStringWrapper(this, "contactError", "");

    DetailsForm(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        loyalty.addListener((obs, was, now) -> contactError.set(""));
    }

    /** The details if every field is valid; otherwise empty, with the field errors set. */
    Optional<Details> validate() {
        Optional<String> validName = ContactRules.name(name.get());
        nameError.set(validName.isPresent() ? "" : messages.get(ContactRules.isBlank(name.get())
                ? "enrollment.error.nameMissing" : "enrollment.error.nameInvalid", ContactRules.MAX_NAME));
        Optional<LoyaltyContact> contact = loyalty.get() ? contact() : Optional.empty();
        if (validName.isEmpty() || (loyalty.get() && contact.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Details(validName.get(), contact.orElse(null)));
    }

    private Optional<LoyaltyContact> contact() {
        boolean noPhone = ContactRules.isBlank(phone.get());
        boolean noEmail = ContactRules.isBlank(email.get());
        Optional<String> validPhone = noPhone ? Optional.empty() : ContactRules.phone(phone.get());
        Optional<String> validEmail = noEmail ? Optional.empty() : ContactRules.email(email.get());
        String error = "";
        if (noPhone && noEmail) {
            error = messages.get("enrollment.error.contactMissing");
        } else if (!noPhone && validPhone.isEmpty()) {
            error = messages.get("enrollment.error.phoneInvalid");
        } else if (!noEmail && validEmail.isEmpty()) {
            error = messages.get("enrollment.error.emailInvalid");
        }
        contactError.set(error);
        return error.isEmpty()
                ? Optional.of(new LoyaltyContact(validPhone.orElse(null), validEmail.orElse(null)))
                : Optional.empty();
    }

    void clear() {
        name.set("");
        phone.set("");
        email.set("");
        loyalty.set(false);
        nameError.set("");
        contactError.set("");
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty phoneProperty() {
        return phone;
    }

    StringProperty emailProperty() {
        return email;
    }

    BooleanProperty loyaltyProperty() {
        return loyalty;
    }

    ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty contactErrorProperty() {
        return contactError.getReadOnlyProperty();
    }
}
