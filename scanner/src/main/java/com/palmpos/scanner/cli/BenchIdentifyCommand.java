package com.palmpos.scanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.scanner.Identification;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench-identify}: 1:N identification latency over a gallery of random palm-like codes
 * (see {@link RandomCodes} for how they are made).
 */
@Command(name = "bench-identify", mixinStandardHelpOptions = true,
        description = "Measure 1:N palm identification latency over a generated gallery.")
public final class BenchIdentifyCommand implements Callable<Integer> {
    private static final long SEED = 20_261_125L;

    @Spec
    CommandSpec spec;

    @Option(names = "--gallery", required = true, paramLabel = "N", description = "Templates in the gallery.")
    int gallerySize;

    @Option(names = "--probes", defaultValue = "200", paramLabel = "M",
            description = "Identifications to time (half enrolled palms, half strangers). Default: ${DEFAULT-VALUE}.")
    int probes;

    @Option(names = "--threads", paramLabel = "T",
            description = "Search threads. Default: available processors.")
    Integer threads;

    @Option(names = "--json", description = "Also print one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (gallerySize < 1 || probes < 1 || t < 1) {
            throw new ParameterException(spec.commandLine(), "--gallery, --probes and --threads must be at least 1");
        }
        Parameters params = Parameters.defaults();
        RandomCodes codes = new RandomCodes(params.features(), PalmTemplate.GRID, params.codePlanes());
        ForkJoinPool pool = new ForkJoinPool(t);
        try {
            long before = usedHeap();
            PalmGallery gallery = build(params, pool, codes);
            long bytesPerTemplate = Math.max(0, usedHeap() - before) / gallerySize;
            PalmTemplate[] probeCodes = makeProbes(codes);
            for (int i = 0; i < Math.min(20, probes); i++) {
                gallery.identify(probeCodes[i]); // warm-up: JIT
            }
            long[] nanos = new long[probes];
            int correct = 0;
            long cpu = processCpuNanos();
            long wall = System.nanoTime();
            for (int i = 0; i < probes; i++) {
                long start = System.nanoTime();
                Identification id = gallery.identify(probeCodes[i]);
                nanos[i] = System.nanoTime() - start;
                boolean enrolled = i % 2 == 0;
                correct += enrolled ? (Integer.toString(probeSubject(i)).equals(id.subjectId()) ? 1 : 0)
                        : (id.subjectId() == null ? 1 : 0);
            }
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuMs = (processCpuNanos() - cpu) / 1e6 / probes;
            Arrays.sort(nanos);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("gallery", gallerySize);
            r.put("p50_ms", nanos[nanos.length / 2] / 1e6);
            r.put("p99_ms", nanos[Math.min(nanos.length - 1, (int) Math.ceil(nanos.length * 0.99) - 1)] / 1e6);
            r.put("per_second", probes / seconds);
            r.put("bytes_per_template", bytesPerTemplate);
            r.put("threads", t);
            r.put("cpu_ms_per_identification", cpuMs);
            r.put("correct_decisions", (double) correct / probes);
            print(r);
        } finally {
            pool.shutdown();
        }
        return 0;
    }

    private PalmGallery build(Parameters params, ForkJoinPool pool, RandomCodes unused) {
        PalmGallery gallery = new PalmGallery(params, pool);
        int batch = 8192;
        for (int from = 0; from < gallerySize; from += batch) {
            int start = from;
            PalmTemplate[] made = IntStream.range(start, Math.min(gallerySize, start + batch)).parallel()
                    .mapToObj(i -> new RandomCodes(params.features(), PalmTemplate.GRID, params.codePlanes())
                            .template(new RandomCodes(params.features(), PalmTemplate.GRID, params.codePlanes()).field(SEED, i)))
                    .toArray(PalmTemplate[]::new);
            for (int i = 0; i < made.length; i++) {
                gallery.add(Integer.toString(start + i), made[i]);
            }
        }
        return gallery;
    }

    /** Even probes are noisy recaptures of enrolled palms; odd probes are palms never enrolled. */
    private PalmTemplate[] makeProbes(RandomCodes codes) {
        SplittableRandom r = new SplittableRandom(SEED);
        PalmTemplate[] out = new PalmTemplate[probes];
        for (int i = 0; i < probes; i++) {
            long id = i % 2 == 0 ? probeSubject(i) : gallerySize + (long) i;
            out[i] = codes.probe(codes.field(SEED, id), r);
        }
        return out;
    }

    private int probeSubject(int i) {
        return (int) ((i * 7919L) % gallerySize);
    }

    private void print(Map<String, Object> r) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "1:N identification over %,d templates, %d threads%n",
                (int) r.get("gallery"), (int) r.get("threads"));
        out.printf(java.util.Locale.ROOT, "  latency p50 %.2f ms, p99 %.2f ms; %.1f identifications/s%n",
                (double) r.get("p50_ms"), (double) r.get("p99_ms"), (double) r.get("per_second"));
        out.printf(java.util.Locale.ROOT, "  CPU time %.2f ms per identification (all threads; wall time also counts"
                + " waiting for a core on a busy machine)%n", (double) r.get("cpu_ms_per_identification"));
        out.printf(java.util.Locale.ROOT, "  heap per template %d bytes; correct decisions %.1f %%%n",
                (long) r.get("bytes_per_template"), 100 * (double) r.get("correct_decisions"));
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(r));
        }
        out.flush();
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
