package com.palmpos.scanner.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Bit-packed gallery storage and the two-stage search over it.
 *
 * <p>Codes live in blocks of {@link #BLOCK} templates; each block is two contiguous {@code long[]}s, one of coarse
 * codes (scanned by the first stage, 192 bytes per template) and one of fine codes. No per-template objects, no
 * array doubling when growing to millions. Search is a cascade: every coarse code is compared with the probe's
 * coarse code unshifted and shifted by one cell (8 ROI pixels) in all 8 directions ({@link CoarseProbe}), and the best
 * {@code candidates} get the full quadrant shift search on the fine code. Not thread-safe: the owning gallery guards it with a read-write lock.
 */
public final class TemplateStore {
    static final int BLOCK = 4096;
    private static final int COARSE_GRID = 16;
    private final int fineWords;
    private final int coarseWords;
    private final int planes;
    private final int grid;
    private final List<long[]> fineBlocks = new ArrayList<>();
    private final List<long[]> coarseBlocks = new ArrayList<>();
    private int size;

    public TemplateStore(int grid, int planes) {
        this.grid = grid;
        this.planes = planes;
        this.fineWords = CodeLayout.words(grid, planes);
        this.coarseWords = CodeLayout.words(COARSE_GRID, planes);
    }

    public int size() {
        return size;
    }

    /** Appends packed codes; returns the new entry's index. */
    public int add(long[] fine, long[] coarse) {
        if (size % BLOCK == 0) {
            fineBlocks.add(new long[BLOCK * fineWords]);
            coarseBlocks.add(new long[BLOCK * coarseWords]);
        }
        System.arraycopy(fine, 0, fineBlocks.get(size / BLOCK), (size % BLOCK) * fineWords, fineWords);
        System.arraycopy(coarse, 0, coarseBlocks.get(size / BLOCK), (size % BLOCK) * coarseWords, coarseWords);
        return size++;
    }

    /** Best entry for the probes: index and distance (min over probes and shifts); index -1 if empty. */
    public Hit search(long[][] fineProbes, long[][] coarseProbes, int candidates, ShiftHamming fine,
            ForkJoinPool pool) {
        if (size == 0) {
            return new Hit(-1, 1.0);
        }
        CoarseProbe[] shifted = new CoarseProbe[coarseProbes.length];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = new CoarseProbe(coarseProbes[i], planes);
        }
        int tasks = Math.max(1, Math.min(pool.getParallelism(), (size + 1023) / 1024));
        List<TopK> tops = runAll(pool, tasks, t -> {
            TopK top = new TopK(candidates);
            scan(shifted, (int) ((long) size * t / tasks), (int) ((long) size * (t + 1) / tasks), top);
            return top;
        });
        int[] shortlist = TopK.merge(tops, candidates);
        int rows = grid * planes;
        int[][] probeRows = new int[fineProbes.length][rows];
        for (int i = 0; i < fineProbes.length; i++) {
            CodeLayout.unpack(fineProbes[i], 0, grid, rows, probeRows[i]);
        }
        int fineTasks = Math.max(1, Math.min(pool.getParallelism(), shortlist.length / 32));
        List<Hit> hits = runAll(pool, fineTasks, t -> {
            int[] entryRows = new int[rows];
            Hit best = new Hit(-1, Double.MAX_VALUE);
            for (int c = shortlist.length * t / fineTasks; c < shortlist.length * (t + 1) / fineTasks; c++) {
                int index = shortlist[c];
                CodeLayout.unpack(fineBlocks.get(index / BLOCK), (index % BLOCK) * fineWords, grid, rows, entryRows);
                for (int[] probe : probeRows) {
                    double d = fine.distance(probe, entryRows);
                    if (d < best.distance()) {
                        best = new Hit(index, d);
                    }
                }
            }
            return best;
        });
        Hit best = hits.get(0);
        for (Hit h : hits) {
            best = h.distance() < best.distance() ? h : best;
        }
        return best;
    }

    private void scan(CoarseProbe[] probes, int from, int to, TopK top) {
        int words = coarseWords;
        for (int i = from; i < to; i++) {
            long[] block = coarseBlocks.get(i / BLOCK);
            int base = (i % BLOCK) * words;
            int best = Integer.MAX_VALUE;
            for (CoarseProbe probe : probes) {
                for (int s = 0; s < CoarseProbe.SHIFTS; s++) {
                    long[] code = probe.codes[s];
                    int count = 0;
                    for (int w = 0; w < words; w++) {
                        count += Long.bitCount(block[base + w] ^ code[w]);
                    }
                    best = Math.min(best, count - probe.offset[s]);
                }
            }
            top.offer(Math.max(0, best), i);
        }
    }

    private static <T> List<T> runAll(ForkJoinPool pool, int tasks, IntFunction<T> work) {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int task = t;
            futures.add(pool.submit(() -> work.apply(task)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("palm search interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("palm search failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    /** Search result: gallery index (-1 if none) and its distance. */
    public record Hit(int index, double distance) {
    }

    /** Approximate heap bytes held by the code blocks. */
    public long codeBytes() {
        return (long) fineBlocks.size() * BLOCK * (fineWords + coarseWords) * Long.BYTES;
    }
}
