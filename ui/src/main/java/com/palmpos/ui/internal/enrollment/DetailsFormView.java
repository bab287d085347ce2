package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The name / loyalty / phone / e-mail fields, each with its error line below; ids are {@code <prefix>-name} etc.
 * FX thread only.
 */
final class DetailsFormView extends GridPane {

    private final TextField name;

    DetailsFormView(String prefix, DetailsForm form, Messages messages) {
        getStyleClass().add("enrollment-form");
        name = field(prefix + "-name", messages.get("enrollment.details.namePrompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField phone = field(prefix + "-phone", messages.get("enrollment.details.phonePrompt"));
        phone.textProperty().bindBidirectional(form.phoneProperty());
        TextField email = field(prefix + "-email", messages.get("enrollment.details.emailPrompt"));
        email.textProperty().bindBidirectional(form.emailProperty());
        Label nameError = JourneyFrame.label(prefix + "-name-error", "field-error");
        nameError.textProperty().bind(form.nameErrorProperty());
        Label contactError = JourneyFrame.label(prefix + "-contact-error", "field-error");
        contactError.textProperty().bind(form.contactErrorProperty());

        addRow(0, caption(messages.get("enrollment.details.name")), name);
        add(nameError, 1, 1);
        CheckBox loyalty = new CheckBox(messages.get("enrollment.details.loyalty"));
        loyalty.setId(prefix + "-loyalty");
        loyalty.selectedProperty().bindBidirectional(form.loyaltyProperty());
        add(loyalty, 1, 2);
        phone.disableProperty().bind(form.loyaltyProperty().not());
        email.disableProperty().bind(form.loyaltyProperty().not());
        addRow(3, caption(messages.get("enrollment.details.phone")), phone);
        addRow(4, caption(messages.get("enrollment.details.email")), email);
        add(contactError, 1, 5);
    }

    /** Puts the cursor in the name field (when the step opens). */
    void focusName() {
        name.requestFocus();
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.getStyleClass().add("enrollment-field");
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }
}
