package com.palmpos.scanner.cli;

import com.palmpos.scanner.Enrollment;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmMatcher;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Rank-1 identification rate: the first {@code enroll} images of each subject are enrolled, every other image is
 * a probe. With one feature code the probes go through {@link PalmGallery} (the product's search); with several
 * (score fusion) every probe is compared with every enrolled subject and the mean distance ranks them.
 */
final class RankOne {
    private final Dataset data;
    private final int enroll;

    RankOne(Dataset data, int enroll) {
        this.data = data;
        this.enroll = enroll;
    }

    /**
     * The rate over probes (failed probes count as misses), NaN without probes: {@code enrolledTemplates} (the
     * enrollment extractions) for the first {@code enroll} images of each subject, {@code probes} (the counter
     * extractions' probe codes, empty for a failure) for the others.
     */
    double rate(List<Parameters> params, PalmTemplate[][] enrolledTemplates, List<PalmTemplate>[][] probes) {
        int codes = params.size();
        List<String> subjects = new ArrayList<>();
        List<PalmTemplate[]> enrolled = new ArrayList<>();
        List<Integer> probeImages = new ArrayList<>();
        for (int subject = 0; subject < data.subjects(); subject++) {
            PalmTemplate[] fused = new PalmTemplate[codes];
            boolean complete = true;
            for (int c = 0; c < codes; c++) {
                List<PalmTemplate> captures = new ArrayList<>();
                int seen = 0;
                for (int i = 0; i < enrolledTemplates[c].length; i++) {
                    if (data.samples().get(i).subject() != subject) {
                        continue;
                    }
                    if (seen++ < enroll) {
                        if (enrolledTemplates[c][i] != null) {
                            captures.add(enrolledTemplates[c][i]);
                        }
                    } else if (c == 0) {
                        probeImages.add(i);
                    }
                }
                Enrollment.Result r = captures.isEmpty() ? null : new Enrollment(params.get(c)).enroll(captures);
                fused[c] = r != null && r.succeeded() ? r.template() : null;
                complete &= fused[c] != null;
            }
            if (complete) {
                subjects.add(Integer.toString(subject));
                enrolled.add(fused);
            }
        }
        if (probeImages.isEmpty()) {
            return Double.NaN;
        }
        Nearest nearest = codes == 1 ? gallery(params.get(0), subjects, enrolled) : exhaustive(params, subjects, enrolled);
        long hits = probeImages.stream().filter(i -> {
            @SuppressWarnings("unchecked")
            List<PalmTemplate>[] probe = new List[codes];
            for (int c = 0; c < codes; c++) {
                if (probes[c][i].isEmpty()) {
                    return false;
                }
                probe[c] = probes[c][i];
            }
            return Integer.toString(data.samples().get(i).subject()).equals(nearest.subject(probe));
        }).count();
        return (double) hits / probeImages.size();
    }

    private interface Nearest {
        String subject(List<PalmTemplate>[] probe);
    }

    private static Nearest gallery(Parameters p, List<String> subjects, List<PalmTemplate[]> enrolled) {
        PalmGallery gallery = new PalmGallery(p);
        for (int s = 0; s < subjects.size(); s++) {
            gallery.add(subjects.get(s), enrolled.get(s)[0]);
        }
        return probe -> gallery.size() == 0 ? null : gallery.identify(probe[0]).nearestSubjectId();
    }

    private static Nearest exhaustive(List<Parameters> params, List<String> subjects, List<PalmTemplate[]> enrolled) {
        List<PalmMatcher> matchers = params.stream().map(PalmMatcher::new).toList();
        return probe -> {
            String best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int s = 0; s < subjects.size(); s++) {
                double sum = 0;
                for (int c = 0; c < probe.length; c++) {
                    sum += matchers.get(c).distance(enrolled.get(s)[c], probe[c]);
                }
                if (sum < bestDistance) {
                    bestDistance = sum;
                    best = subjects.get(s);
                }
            }
            return best;
        };
    }
}
