package com.palmpos.ui.tools;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.menu.Combo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterView;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.counter.MealDealViewModel;
import com.palmpos.ui.internal.counter.Sheet;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.Scene;

/**
 * The counter's later screens for the README: the meal deal sheet, the note sheet and the second-customer prompt.
 * Renders with {@link ScreenshotRenderer} (or alone: {@code main(DIR)} as there). Not a test; FX thread.
 */
final class CounterScreenshots {

    private final TestCounter counter;
    private final BiConsumer<Scene, String> writer;

    CounterScreenshots(TestCounter counter, BiConsumer<Scene, String> writer) {
        this.counter = counter;
        this.writer = writer;
    }

    /** Renders only these screens into {@code args[0]} (headless, as {@link ScreenshotRenderer#main}). */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CounterScreenshots OUTPUT_DIRECTORY");
        }
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("java.awt.headless", "true");
        java.nio.file.Path directory = java.nio.file.Files.createDirectories(java.nio.file.Path.of(args[0]));
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        TestCounter counter = new TestCounter(java.nio.file.Files.createTempDirectory("palmpos-screens"));
        javafx.application.Platform.startup(() -> {
            try {
                new CounterScreenshots(counter, (scene, file) -> write(scene, directory.resolve(file)))
                        .renderAll(UiSettings.defaults().withStoreName("Harbour Noodles"));
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(120, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            javafx.application.Platform.exit();
            counter.close();
        }
    }

    private static void write(Scene scene, java.nio.file.Path target) {
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    target.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + target, e);
        }
    }

    void renderAll(UiSettings settings) {
        mealDeal(settings);
        notes(settings);
        secondCustomer(settings);
    }

    private void mealDeal(UiSettings settings) {
        CounterViewModel model = counter(settings, new ScriptedPalmReader());
        var menu = counter.services.menus().menu();
        Combo deal = menu.combo("you-pick-two").orElseThrow();
        model.chooseDeal(deal);
        MealDealViewModel sheet = ((Sheet.MealDeal) model.sheetProperty().get()).model();
        sheet.pick(deal.slots().get(0), menu.item("tomato-basil-soup").orElseThrow());
        sheet.pick(deal.slots().get(1), menu.item("turkey-avocado").orElseThrow());
        writer.accept(scene(model, settings), "counter-meal-deal.png");
    }

    private void notes(UiSettings settings) {
        CounterViewModel model = counter(settings, new ScriptedPalmReader());
        var menu = counter.services.menus().menu();
        model.choose(menu.item("lemonade").orElseThrow());
        model.openLineNote();
        ((Sheet.NoteEntry) model.sheetProperty().get()).model().add("No ice");
        model.confirmNote();
        model.choose(menu.item("chocolate-chip-cookie").orElseThrow());
        model.openOrderNote();
        ((Sheet.NoteEntry) model.sheetProperty().get()).model().textProperty().set("Table 4, birthday");
        writer.accept(scene(model, settings), "counter-note.png");
    }

    private void secondCustomer(UiSettings settings) {
        counter.pos.customers().upsert(profile("cus-screens-anna", "Anna Berg", "Anna"));
        counter.pos.customers().upsert(profile("cus-screens-bruno", "Bruno Weber", "Bruno"));
        ScriptedPalmReader palm = new ScriptedPalmReader();
        CounterViewModel model = counter(settings, palm);
        palm.identify("cus-screens-anna");
        model.choose(counter.services.menus().menu().item("lemonade").orElseThrow());
        Scene scene = scene(model, settings);
        palm.identify("cus-screens-bruno");
        writer.accept(scene, "counter-second-customer.png");
    }

    private CounterViewModel counter(UiSettings settings, ScriptedPalmReader palm) {
        Messages messages = Messages.forLocale(settings.locale());
        return new CounterViewModel(new CounterSession(counter.servicesWith(palm), new ImmediateTaskRunner(),
                messages));
    }

    private static Scene scene(CounterViewModel model, UiSettings settings) {
        Scene scene = new Scene(new CounterView(model), 1280, 760);
        Stylesheets.apply(scene, settings.theme());
        return scene;
    }

    private static CustomerProfile profile(String id, String name, String preferred) {
        return new CustomerProfile(id, name, preferred, "L-" + id, Set.of(), Set.of(), null, 0, Instant.EPOCH, 1,
                Instant.EPOCH);
    }
}
