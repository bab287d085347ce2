package com.palmpos.app.cli;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraDrivers;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.CameraSupervisor;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.capture.OpenHandRecorder;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.github.sarxos.webcam.WebcamDriver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code capture --out DIR --subject NAME --count N}: records open-hand frames from the configured camera into
 * {@code DIR/NAME/}, for {@code palmpos eval DIR --input hand} on a store's own people and light.
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Record open-hand frames from the configured camera into DIR/NAME/ (for palmpos eval).")
public final class CaptureCommand implements Callable<Integer> {
    private static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the data set.")
    Path out;

    @Option(names = "--subject", required = true, paramLabel = "NAME",
            description = "Who is in front of the camera (one folder per palm: e.g. anna-right).")
    String subject;

    @Option(names = "--count", defaultValue = "8", paramLabel = "N", description = "Frames to record. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (!subject.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new ParameterException(spec.commandLine(), "--subject must be 1-64 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit (it becomes a folder name), got '" + subject + "'");
        }
        if (count < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--count and --timeout must be at least 1");
        }
        Config cfg = config.load();
        CameraSettings camera = CameraSettings.fromText(cfg.get(ConfigKeys.CAMERA_DRIVER),
                cfg.get(ConfigKeys.CAMERA_DEVICE), cfg.get(ConfigKeys.CAMERA_RESOLUTION), cfg.get(ConfigKeys.CAMERA_FPS));
        PrintWriter console = spec.commandLine().getOut();
        Path folder = out.resolve(subject);
        PalmEngine engine = new PalmEngine(Parameters.defaults());
        console.println("Recording " + count + " open-hand frames into " + folder + ": hold your open palm in front "
                + "of the camera, move it a little between captures.");
        console.flush();
        try (OpenHandRecorder recorder = new OpenHandRecorder(engine, folder, count, MIN_INTERVAL_NANOS, line -> {
            console.println("  " + line);
            console.flush();
        }); CameraSupervisor supervisor = new CameraSupervisor(driver(camera), camera, recorder, status -> { })) {
            supervisor.start();
            List<Path> saved = recorder.done().get(timeoutSeconds, TimeUnit.SECONDS);
            console.println("Recorded " + saved.size() + " frames. Evaluate with: palmpos eval " + out + " --input hand");
            return 0;
        } catch (TimeoutException e) {
            spec.commandLine().getErr().println("palmpos: no " + count + " open-hand frames within " + timeoutSeconds
                    + " s (camera: " + camera.driver() + "); what was recorded is kept in " + folder);
            return Cli.EXIT_FAILURE;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The configured camera; the simulated one films a synthetic open hand (demo mode, tests). */
    private static WebcamDriver driver(CameraSettings camera) {
        if (camera.driver() == CameraSettings.Driver.SIMULATED) {
            SyntheticScenes scenes = new SyntheticScenes(new SyntheticPalms(1), Background.cycle(1));
            return new SimulatedCameraDriver(scenes.visit(4, 2, 20));
        }
        return CameraDrivers.forHardware(camera.driver());
    }
}
