package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Reveal;
import com.palmpos.ui.internal.session.CounterSession;
import static com.palmpos.ui.testing.FxQueries.onFx;

import com.palmpos.pos.order.Order;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.companion.CompanionView;
import com.palmpos.ui.internal.companion.CompanionViewModel;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.FxTaskRunner;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One counter screen in its own window over a {@link TestCounter}'s real services and a scripted palm reader, with
 * the queries the counter's journey tests share (read on the FX thread). Close it after each test.
 */
final class CounterStage implements AutoCloseable {

    private static boolean warm;

    final ScriptedPalmReader palm = new ScriptedPalmReader();
    final FxTaskRunner tasks = FxTaskRunner.withThreads(2);
    final CounterSession session;
    final CounterViewModel counter;
    private final FxRobot robot;
    private final FxQueries queries;
    private final Stage stage;
    private Stage companion;

    CounterStage(TestCounter services, FxRobot robot) {
        this(services, robot, Locale.ENGLISH, UnaryOperator.identity());
    }

    /**
     * A counter in {@code locale} over the test services as {@code adapt} changes them (e.g. another card terminal).
     */
    CounterStage(TestCounter services, FxRobot robot, Locale locale, UnaryOperator<CounterServices> adapt) {
        this.robot = robot;
        this.queries = new FxQueries(robot);
        this.session = new CounterSession(adapt.apply(services.servicesWith(palm)), tasks, Messages.forLocale(locale));
        this.counter = new CounterViewModel(session);
        // the first counter of the JVM loads the control skins and fonts: allow for a busy machine
        this.stage = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(new CounterView(counter), 1280, 800);
            Stylesheets.apply(scene, Theme.LIGHT);
            window.setScene(scene);
            window.show();
            window.toFront();
            window.requestFocus();
            return window;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens and closes the choice sheets once per JVM, unwatched: the first sheet of a JVM runs the CSS and skin code cold (the
     * JIT has not compiled it yet), which measures the test JVM's start rather than the counter.
     */
    CounterStage warmUp() {
        if (warm) {
            return this;
        }
        warm = true;
        var menu = session.services().menus().menu();
        onFx(() -> {
            counter.choose(menu.item("turkey-avocado").orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            counter.chooseDeal(menu.combos().get(0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            counter.closeSheet();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens the customer display of this counter's session in a second window (closed with the counter). */
    CounterStage withCompanion() {
        companion = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(new CompanionView(new CompanionViewModel(session.messages(),
                    UiSettings.defaults().withLocale(session.messages().locale()), session)), 1024, 768);
            Stylesheets.apply(scene, Theme.LIGHT);
            window.setScene(scene);
            window.show();
            return window;
        });
        onFx(() -> {
            stage.toFront();
            stage.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The session's order as stored in H2. */
    Order stored(TestCounter services) {
        String id = onFx(() -> session.orderProperty().get().id());
        return services.pos.orders().find(id).orElseThrow();
    }

    int lines() {
        return onFx(() -> session.orderProperty().get() == null ? 0 : session.orderProperty().get().lines().size());
    }

    boolean busy() {
        return onFx(() -> robot.lookup("#order-busy").query().isVisible());
    }

    String text(String query) {
        return queries.text(query);
    }

    boolean isShown(String query) {
        return queries.isShown(query);
    }

    /** Scrolls the sheet to {@code query}'s node (as a cashier would swipe) and clicks it. */
    void tap(String query) {
        onFx(() -> {
            stage.getScene().getRoot().layout();
            Reveal.reveal(robot.lookup(query).query());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    /** The id of the node holding the keyboard focus, or "" when none has it. */
    String focused() {
        return onFx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null || owner.getId() == null ? "" : owner.getId();
        });
    }

    @Override
    public void close() {
        onFx(() -> {
            if (companion != null) {
                companion.close();
            }
            stage.close();
            counter.customer().close();
            return null;
        });
        tasks.close();
    }
}
