package com.palmpos.ui.internal.shell;

import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.counter.CounterView;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.enrollment.EnrollmentArea;
import com.palmpos.ui.internal.enrollment.EnrollmentShortcuts;
import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerAreaView;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerHomeView;
import com.palmpos.ui.internal.manager.ManagerPage;
import com.palmpos.ui.internal.manager.PinPadView;
import com.palmpos.ui.internal.shell.ShellViewModel.Screen;
import com.palmpos.ui.internal.topbar.OfflineBannerView;
import com.palmpos.ui.internal.topbar.TopBarView;
import com.palmpos.ui.internal.topbar.TopBarViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The cashier's window: top bar over a main area that shows the screen the {@link ShellViewModel} selects, plus
 * the window-wide keyboard shortcuts. FX thread only.
 */
public final class CashierWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final TopBarView topBar;

    public CashierWindow(Stage stage, ShellViewModel shell, TopBarViewModel topBarModel, CounterViewModel counter,
            ManagerAreaViewModel managerArea, Messages messages, UiSettings settings) {
        this.stage = stage;
        this.topBar = new TopBarView(topBarModel, messages, shell::openManager,
                shell.screenProperty().isNotEqualTo(Screen.COUNTER));
        CounterView counterView = new CounterView(counter);
        PinPadView pinPadView = new PinPadView(shell.pinPad(), messages);
        ManagerAreaView managerHomeView = new ManagerAreaView(managerArea, shell.managerHome(), actions(shell),
                messages);
        EnrollmentArea enrollment = new EnrollmentArea(counter.session(), shell::closeEnrollment);
        Views views = new Views(counterView, pinPadView, managerHomeView, enrollment);

        StackPane main = new StackPane();
        main.setId("main-area");
        shell.screenProperty().addListener((obs, old, screen) -> {
            if (screen != Screen.MANAGER_HOME) {
                managerArea.open(ManagerPage.HOME); // the next visit starts at the hub
            }
            if (screen == Screen.COUNTER) {
                counter.menu().refresh(); // items 86'd or brought back in the manager area (in memory, cheap)
            }
            main.getChildren().setAll(views.viewFor(screen));
            if (screen == Screen.ENROLLMENT) {
                enrollment.open(shell.journeyProperty().get());
            }
        });
        main.getChildren().setAll(views.viewFor(shell.screenProperty().get()));

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(topBar, new OfflineBannerView(topBarModel.sync()),
                DebugCaptureBanner.create(counter.session().services().palm().debugCaptureOn(), messages)));
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Stylesheets.apply(scene, settings.theme());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (handleKey(event, shell, views)) {
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.get("window.cashier.title", settings.terminalName()));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
    }

    public void show() {
        stage.show();
    }

    /** Stops timers; the shell calls it once the window is hidden. */
    public void dispose() {
        topBar.dispose();
    }

    public Stage stage() {
        return stage;
    }

    private static boolean handleKey(KeyEvent event, ShellViewModel shell, Views views) {
        switch (shell.screenProperty().get()) {
            case PIN_PAD:
                return views.pinPad().handleKey(event);
            case ENROLLMENT:
                return views.enrollment().handleKey(event);
            case COUNTER:
                if (Shortcuts.MANAGER.match(event) || Shortcuts.MANAGER_ALT.match(event)) {
                    shell.openManager();
                    return true;
                }
                return EnrollmentShortcuts.journeyFor(event).map(journey -> {
                    shell.openEnrollment(journey);
                    return true;
                }).orElse(false);
            case MANAGER_HOME:
                if (views.managerHome().handleKey(event)) {
                    return true;
                }
                if (Shortcuts.CHANGE_PIN.match(event)) {
                    shell.changePin();
                } else if (Shortcuts.LOCK.match(event)) {
                    shell.lock();
                } else if (Shortcuts.BACK.match(event)) {
                    shell.back();
                } else {
                    return false;
                }
                return true;
            default:
                return false;
        }
    }

    /** The main area's screens. */
    private record Views(Node counter, PinPadView pinPad, ManagerAreaView managerHome, EnrollmentArea enrollment) {
        Node viewFor(Screen screen) {
            return switch (screen) {
                case COUNTER -> counter;
                case PIN_PAD -> pinPad;
                case MANAGER_HOME -> managerHome;
                case ENROLLMENT -> enrollment;
            };
        }
    }

    private static ManagerHomeView.Actions actions(ShellViewModel shell) {
        return new ManagerHomeView.Actions() {
            @Override
            public void changePin() {
                shell.changePin();
            }

            @Override
            public void backToCounter() {
                shell.backToCounter();
            }

            @Override
            public void lock() {
                shell.lock();
            }
        };
    }
}
