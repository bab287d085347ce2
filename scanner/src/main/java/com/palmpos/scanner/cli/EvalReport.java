package com.palmpos.scanner.cli;

import com.palmpos.scanner.InputKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The human-readable table of {@code eval}. */
final class EvalReport {
    private EvalReport() {
    }

    static void print(PrintWriter out, Path dir, InputKind input, int images, int subjects, int enroll,
            Map<String, Object> r, ErrorRates rates) {
        out.printf(Locale.ROOT, "Palm evaluation of %s (%s input): %d images of %d subjects%n", dir,
                input.name().toLowerCase(Locale.ROOT), images, subjects);
        out.printf(Locale.ROOT, "  feature code         %s%n", ((java.util.List<?>) r.get("features")).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(" + ")));
        out.printf(Locale.ROOT, "  genuine pairs        %,d%n", (long) r.get("genuine_pairs"));
        out.printf(Locale.ROOT, "  impostor pairs       %,d%s%n", (long) r.get("impostor_pairs"),
                (boolean) r.get("impostors_sampled") ? " (random sample: more than 10 million pairs)" : "");
        out.printf(Locale.ROOT, "  EER                  %.3f %%%n", 100 * (double) r.get("eer"));
        for (String target : new String[] {"1e-2", "1e-3", "1e-4"}) {
            double fmr = Double.parseDouble(target);
            out.printf(Locale.ROOT, "  FNMR at FMR %-8s %.3f %%%s%n", target,
                    100 * (double) r.get("fnmr_at_fmr_" + target),
                    rates.resolvable(fmr) ? "" : " (too few impostor pairs to observe this FMR)");
        }
        out.printf(Locale.ROOT, "  d'                   %.2f%n", (double) r.get("dprime"));
        out.printf(Locale.ROOT, "  rank-1 (enroll %d)    %.2f %%%n", enroll, 100 * (double) r.get("rank1"));
        out.printf(Locale.ROOT, "  FTE                  %.2f %%%n", 100 * (double) r.get("fte"));
        out.printf(Locale.ROOT, "  FTA                  %.2f %%  %s%n", 100 * (double) r.get("fta"), r.get("failures"));
        out.printf(Locale.ROOT, "  extraction           %.1f ms per image%n", (double) r.get("extract_ms"));
        out.printf(Locale.ROOT, "  comparison           %.1f us per pair%n", (double) r.get("compare_us"));
        out.printf(Locale.ROOT, "  impostor model       mean %.4f, degrees of freedom %.0f%n",
                (double) r.get("impostor_mean"), (double) r.get("impostor_dof"));
    }
}
