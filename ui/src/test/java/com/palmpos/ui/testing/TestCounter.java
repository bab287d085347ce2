package com.palmpos.ui.testing;

import com.palmpos.pos.PosServices;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.print.PrinterChoice;
import com.palmpos.pos.print.SettingsPrinter;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.privacy.PalmPayments;
import com.palmpos.pos.privacy.SecondFactorPolicy;
import com.palmpos.pos.privacy.SecondFactorSettings;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.sim.Scene;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.ui.CaptureLoopPalmReader;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.port.PalmReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The counter's real services on an H2 file in {@code dir} and a real palm reader on the simulated camera, for
 * screen tests. Card payments go to a scripted gateway that approves unless told otherwise (the cloud path is
 * tested in sync and app). Close it after the shell.
 */
public final class TestCounter implements AutoCloseable {

    public static final CameraSettings CAMERA = CameraSettings.defaults()
            .withDriver(CameraSettings.Driver.SIMULATED).withReopenBackoffMax(Duration.ofMillis(300));

    public final Clock clock;
    public final Database database;
    public final PosServices pos;
    public final CaptureLoopPalmReader palm;
    /** The simulated camera (unplug/replug it to test camera loss). */
    public final SimulatedCameraDriver camera;
    public final CounterServices services;
    /** Where receipts and kitchen tickets are "printed" (one text file each). */
    public final Path receipts;
    /** The terminal's saved settings (one store: the printer follows its saves, as on the terminal). */
    public final TerminalSettingStore terminalSettings;
    /** The card processor: approves until a test tells it otherwise. */
    public final ScriptedGateway gateway = new ScriptedGateway();

    /** Services on {@code dir} with a camera that sees an empty counter. */
    public TestCounter(Path dir) {
        this(dir, new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1)).empty(10), Clock.systemUTC());
    }

    public TestCounter(Path dir, Scene scene, Clock clock) {
        this.clock = clock;
        this.receipts = dir.resolve("receipts");
        this.database = Database.open(dir, null, "pos");
        PosSettings settings = new PosSettings("store-test", "t1", ZoneOffset.UTC,
                PosSettings.defaults().offline(), PosSettings.defaults().loyalty(), PosSettings.defaults().staff());
        this.pos = PosServices.create(database, clock, settings, new MenuLoader().loadDemo(), gateway,
                TerminalKeys.load(dir, Optional.empty()).templateCipher());
        pos.staff().ensureDefaultManager();
        Parameters parameters = Parameters.defaults();
        this.camera = new SimulatedCameraDriver(scene);
        // the gallery is read from the store, as the terminal does, so removeFromGallery reloads what is stored
        this.palm = CaptureLoopPalmReader.start(camera, CAMERA, CaptureSettings.defaults(),
                new PalmEngine(parameters), () -> storedGallery(parameters));
        this.terminalSettings = new TerminalSettingStore(database, clock);
        // text files in <dir>/receipts until a test saves another printer, as a terminal before any manager save
        this.services = new CounterServices(clock, settings, StaffService.DEFAULT_MANAGER_ID, pos.menus(),
                pos.orders(), pos.payments(), pos.loyalty(), pos.customers(), pos.insights(), pos.shifts(),
                pos.reports(), pos.staff(), palm, SettingsPrinter.following(terminalSettings,
                        new PrinterChoice(PrinterChoice.Kind.FILE, ""), receipts, clock), pos.audit(),
                palmPayments(SecondFactorSettings.off()));
    }

    /** The same services with another palm reader (e.g. a {@link ScriptedPalmReader}). */
    public CounterServices servicesWith(PalmReader reader) {
        CounterServices s = services;
        return new CounterServices(s.clock(), s.settings(), s.staffId(), s.menus(), s.orders(), s.payments(),
                s.loyalty(), s.customers(), s.insights(), s.shifts(), s.reports(), s.staff(), reader, s.printer(),
                s.audit(), s.palmPayments());
    }

    /** The same services with another palm reader and palm payments asking the second factor as {@code secondFactor}. */
    public CounterServices servicesWith(PalmReader reader, SecondFactorSettings secondFactor) {
        CounterServices s = services;
        return new CounterServices(s.clock(), s.settings(), s.staffId(), s.menus(), s.orders(), s.payments(),
                s.loyalty(), s.customers(), s.insights(), s.shifts(), s.reports(), s.staff(), reader, s.printer(),
                s.audit(), palmPayments(secondFactor));
    }

    private PalmPayments palmPayments(SecondFactorSettings secondFactor) {
        return new PalmPayments(pos.payments(), pos.customers(),
                new SecondFactorPolicy(secondFactor, pos.customers(), pos.audit(), pos.database(), clock), pos.audit());
    }

    private PalmGallery storedGallery(Parameters parameters) {
        PalmGallery gallery = new PalmGallery(parameters);
        pos.customers().allPalmTemplates().forEach((id, bytes) -> gallery.add(id, PalmTemplate.fromBytes(bytes)));
        return gallery;
    }

    @Override
    public void close() {
        palm.close();
        database.close();
    }
}
