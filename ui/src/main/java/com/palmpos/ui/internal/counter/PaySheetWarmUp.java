package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.PaymentView;
import com.palmpos.ui.internal.payment.PaymentViewModel;
import javafx.application.Platform;
import javafx.scene.layout.Pane;

/**
 * Builds one hidden pay sheet while the counter window is first shown and drops it right after. The first pay sheet
 * of a run otherwise loads its classes and matches its nodes against the stylesheets inside the cashier's F9 on the
 * FX thread: 38-60 ms measured on a loaded 2-core machine (FxWatchdog), over the 50 ms bar; warmed, about 15 ms.
 * The cost moves into the window's first show, which the cashier waits for anyway. FX thread only.
 */
final class PaySheetWarmUp {

    private PaySheetWarmUp() {
    }

    /**
     * Adds a hidden, unmanaged pay sheet to {@code area} (still outside a scene) and removes it once the area's scene
     * has styled it. Does nothing while an order is open: closing the warm-up sheet then would touch the session.
     */
    static void install(Pane area, CounterViewModel counter, Messages messages) {
        if (counter.session().orderProperty().get() != null) {
            return;
        }
        PaymentViewModel model = counter.paymentModel(() -> { });
        PaymentView sheet = new PaymentView(model, messages);
        sheet.setVisible(false);
        sheet.setManaged(false);
        area.getChildren().add(sheet);
        area.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && sheet.getParent() == area) {
                // attaching to the scene applied the stylesheets (the warm-up); let that pulse finish first
                Platform.runLater(() -> {
                    area.getChildren().remove(sheet);
                    model.close();
                });
            }
        });
    }
}
