package com.palmpos.scanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FeatureCode;
import com.palmpos.scanner.HandDetection;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmMatcher;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eval DIR}: accuracy and speed of the palm engine on a folder of {@code <subject>/<image>} files.
 * Failed extractions are never dropped: they count as worst-score comparisons (and as rank-1 misses).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate palm recognition on a folder of <subject>/<image> files (png, jpg, bmp).")
public final class EvalCommand implements Callable<Integer> {
    static final long MAX_IMPOSTOR_PAIRS = 10_000_000L;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "Folder with one sub-folder of images per subject.")
    Path dir;

    @Option(names = "--input", defaultValue = "roi", converter = InputKindConverter.class,
            description = "What the images show: roi (cropped palm) or hand (whole hand frame). Default: ${DEFAULT-VALUE}.")
    InputKind input;

    @Option(names = "--enroll", defaultValue = "1", paramLabel = "K",
            description = "Images per subject (first K by file name) enrolled for identification. Default: ${DEFAULT-VALUE}.")
    int enroll;

    @Option(names = "--features", hidden = true, defaultValue = "", converter = FeatureSelection.Converter.class,
            description = "Advanced: feature code(s) to evaluate instead of the shipped one: bocv, compcode, ordinal, "
                    + "compcode-ordinal, bocv-ordinal, or several joined by + for score-level fusion (mean distance). "
                    + "Each code other than the shipped one uses as many orientations as fit the template (6, or 4).")
    FeatureSelection features;

    @Option(names = "--detector", hidden = true, defaultValue = "lite", paramLabel = "lite|full|off",
            description = "Advanced: palm detector network for --input hand (lite, shipped; full), or off for the "
                    + "classic skin-colour pipeline.")
    String detector;

    @Option(names = "--refine", hidden = true, negatable = true,
            description = "Advanced: refine the detector's palm square with the finger valleys.")
    Boolean refine;

    @Option(names = "--close-up", hidden = true, paramLabel = "X",
            description = "Advanced: close-up crop of the detector's second pass, in palm boxes (0 = no second pass).")
    Double closeUp;

    @Option(names = "--mirror", hidden = true, paramLabel = "always|enrollment|never",
            description = "Advanced: which extractions average the palm detection with the one in the mirrored "
                    + "frame (shipped: enrollment).")
    String mirror;

    @Option(names = "--probe-turn", hidden = true, paramLabel = "DEGREES",
            description = "Advanced: turn of the probe's extra codes for the rotation search (0 = none; shipped 8).")
    Double probeTurn;

    @Option(names = "--json", description = "Also print one JSON object on the last line.")
    boolean json;

    private Parameters withDetector(Parameters p) {
        HandDetection d = p.detection();
        if (refine != null) {
            d = d.withValleyRefinement(refine);
        }
        if (mirror != null) {
            d = d.withMirror(switch (mirror) {
                case "always" -> HandDetection.Mirror.ALWAYS;
                case "enrollment" -> HandDetection.Mirror.ENROLLMENT;
                case "never" -> HandDetection.Mirror.NEVER;
                default -> throw new ParameterException(spec.commandLine(),
                        "--mirror must be always, enrollment or never, got " + mirror);
            });
        }
        if (closeUp != null) {
            d = d.withCloseUp(closeUp);
        }
        if (probeTurn != null) {
            try {
                d = d.withProbeTurn(probeTurn);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--probe-turn: " + e.getMessage());
            }
        }
        return switch (detector) {
            case "lite" -> p.withDetection(d.withModel(HandDetection.Model.LITE));
            case "full" -> p.withDetection(d.withModel(HandDetection.Model.FULL));
            case "off" -> p.withoutDetector();
            default -> throw new ParameterException(spec.commandLine(),
                    "--detector must be lite, full or off, got " + detector);
        };
    }

    @Override
    public Integer call() throws IOException {
        if (enroll < 1) {
            throw new ParameterException(spec.commandLine(), "--enroll must be at least 1, got " + enroll);
        }
        Dataset data;
        try {
            data = Dataset.load(dir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Parameters shipped = withDetector(Parameters.defaults());
        List<FeatureCode> codes = features.codes().isEmpty() ? List.of(shipped.features()) : features.codes();
        List<Parameters> params = codes.stream().map(c -> c == shipped.features() ? shipped
                : shipped.withFeatures(c, shipped.impostorMeanDistance(), shipped.impostorDegreesOfFreedom())
                        .withOrientations(mostOrientations(c))).toList();
        List<BufferedImage> images = readAll(data);
        PrintWriter out = spec.commandLine().getOut();

        // every pair (i < j) compares image i as an enrollment capture with image j as a counter capture, as in
        // the product: the enrollment extraction may spend more (HandDetection.Mirror), the counter capture
        // searches with all its probe codes (HandDetection.probeTurn)
        boolean twoRoles = input == InputKind.HAND && shipped.useDetector()
                && shipped.detection().mirrors(true) != shipped.detection().mirrors(false);
        long[] nanos = new long[images.size()];
        PalmTemplate[][] templates = new PalmTemplate[codes.size()][images.size()];
        PalmTemplate[][] enrolledTemplates = twoRoles ? new PalmTemplate[codes.size()][images.size()] : templates;
        @SuppressWarnings("unchecked")
        List<PalmTemplate>[][] probes = new List[codes.size()][images.size()];
        Extraction[] extractions = new Extraction[images.size()];
        for (int c = 0; c < codes.size(); c++) {
            PalmEngine engine = new PalmEngine(params.get(c));
            int code = c;
            IntStream.range(0, images.size()).parallel().forEach(i -> {
                long start = System.nanoTime();
                Extraction e = engine.extract(images.get(i), input);
                nanos[i] += System.nanoTime() - start;
                templates[code][i] = e.template().orElse(null);
                probes[code][i] = e.probes();
                if (code == 0) {
                    extractions[i] = e;
                }
                if (twoRoles) {
                    enrolledTemplates[code][i] = engine.extractForEnrollment(images.get(i), input).template()
                            .orElse(null);
                }
            });
        }
        List<PalmMatcher> matchers = params.stream().map(PalmMatcher::new).toList();
        Verification verification = Verification.run(data, (i, j) -> {
            double sum = 0;
            for (int c = 0; c < matchers.size(); c++) {
                if (enrolledTemplates[c][i] == null || templates[c][j] == null) {
                    return Double.NaN;
                }
                sum += matchers.get(c).distance(enrolledTemplates[c][i], probes[c][j]);
            }
            return sum / matchers.size();
        }, MAX_IMPOSTOR_PAIRS);
        double rank1 = new RankOne(data, enroll).rate(params, enrolledTemplates, probes);

        Map<String, Object> result = new LinkedHashMap<>();
        ErrorRates rates = verification.rates();
        result.put("eer", rates.eer());
        result.put("fnmr_at_fmr_1e-2", rates.fnmrAtFmr(1e-2));
        result.put("fnmr_at_fmr_1e-3", rates.fnmrAtFmr(1e-3));
        result.put("fnmr_at_fmr_1e-4", rates.fnmrAtFmr(1e-4));
        result.put("dprime", rates.dprime());
        result.put("rank1", rank1);
        result.put("features", codes.stream().map(FeatureSelection::name).toList());
        result.put("fte", fte(data, enrolledTemplates[0]));
        result.put("fta", failures(templates[0]) / (double) images.size());
        result.put("genuine_pairs", verification.genuinePairs());
        result.put("impostor_pairs", verification.impostorPairs());
        result.put("impostors_sampled", verification.sampled());
        result.put("extract_ms", IntStream.range(0, nanos.length).mapToLong(i -> nanos[i]).average().orElse(0) / 1e6);
        result.put("compare_us", verification.compareMicros());
        result.put("impostor_mean", rates.impostorMean());
        result.put("impostor_dof", rates.impostorDegreesOfFreedom());
        result.put("failures", FailureCounts.of(extractions));
        EvalReport.print(out, dir, input, images.size(), data.subjects(), enroll, result, rates);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result));
        }
        out.flush();
        return 0;
    }

    private List<BufferedImage> readAll(Dataset data) {
        List<BufferedImage> images = new ArrayList<>();
        for (Dataset.Sample s : data.samples()) {
            BufferedImage image;
            try {
                image = ImageIO.read(s.file().toFile());
            } catch (IOException e) {
                image = null;
            }
            if (image == null) {
                throw new ParameterException(spec.commandLine(), "cannot read image " + s.file()
                        + ": not a readable png, jpg or bmp; remove or replace it");
            }
            images.add(image);
        }
        return images;
    }

    /** The published 6 orientations when the code's planes fit the template, else 4. */
    private static int mostOrientations(FeatureCode code) {
        return code.planes(6) <= 6 ? 6 : 4;
    }

    private double fte(Dataset data, PalmTemplate[] templates) {
        int failedSubjects = 0;
        for (int subject = 0; subject < data.subjects(); subject++) {
            int seen = 0;
            boolean any = false;
            for (int i = 0; i < templates.length; i++) {
                if (data.samples().get(i).subject() == subject && seen++ < enroll && templates[i] != null) {
                    any = true;
                }
            }
            failedSubjects += any ? 0 : 1;
        }
        return failedSubjects / (double) data.subjects();
    }

    private static long failures(PalmTemplate[] templates) {
        return java.util.Arrays.stream(templates).filter(java.util.Objects::isNull).count();
    }
}
