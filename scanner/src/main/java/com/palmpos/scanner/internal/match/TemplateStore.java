package com.palmpos.scanner.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Bit-packed gallery storage and the two-stage search over it.
 *
 * <p>Codes live in blocks of {@link #BLOCK} templates, each block one contiguous {@code long[]} (no per-template
 * objects, no array doubling when growing to millions). Search is a cascade: an unshifted XOR/popcount pass over
 * every template keeps the best {@code candidates}; only those get the full shift search. Not thread-safe:
 * the owning gallery guards it with a read-write lock.
 */
public final class TemplateStore {
    static final int BLOCK = 4096;
    private final int words;
    private final int rows;
    private final List<long[]> blocks = new ArrayList<>();
    private int size;

    public TemplateStore(int words, int rows) {
        this.words = words;
        this.rows = rows;
    }

    public int size() {
        return size;
    }

    /** Appends packed code words; returns the new entry's index. */
    public int add(long[] code) {
        if (size % BLOCK == 0) {
            blocks.add(new long[BLOCK * words]);
        }
        System.arraycopy(code, 0, blocks.get(size / BLOCK), (size % BLOCK) * words, words);
        return size++;
    }

    /** Best entry for the probes: index and distance (min over probes and shifts); index -1 if empty. */
    public Hit search(long[][] probes, int candidates, ShiftHamming fine, ForkJoinPool pool, int tasks) {
        if (size == 0) {
            return new Hit(-1, 1.0);
        }
        int[] shortlist = coarse(probes, candidates, pool, tasks);
        int[][] probeRows = new int[probes.length][rows];
        for (int i = 0; i < probes.length; i++) {
            ShiftHamming.unpack(probes[i], 0, rows, probeRows[i]);
        }
        int[] entryRows = new int[rows];
        int bestIndex = -1;
        double best = Double.MAX_VALUE;
        for (int index : shortlist) {
            ShiftHamming.unpack(blocks.get(index / BLOCK), (index % BLOCK) * words, rows, entryRows);
            for (int[] probe : probeRows) {
                double d = fine.distance(probe, entryRows);
                if (d < best) {
                    best = d;
                    bestIndex = index;
                }
            }
        }
        return new Hit(bestIndex, best);
    }

    private int[] coarse(long[][] probes, int candidates, ForkJoinPool pool, int tasks) {
        int parts = Math.max(1, Math.min(tasks, (size + 1023) / 1024));
        TopK[] tops = new TopK[parts];
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < parts; t++) {
            int from = (int) ((long) size * t / parts);
            int to = (int) ((long) size * (t + 1) / parts);
            TopK top = new TopK(candidates);
            tops[t] = top;
            futures.add(pool.submit(() -> scan(probes, from, to, top)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("palm search interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("palm search failed", e.getCause());
            }
        }
        return TopK.merge(tops, candidates);
    }

    private void scan(long[][] probes, int from, int to, TopK top) {
        for (int i = from; i < to; i++) {
            long[] block = blocks.get(i / BLOCK);
            int base = (i % BLOCK) * words;
            int best = Integer.MAX_VALUE;
            for (long[] probe : probes) {
                int bound = Math.min(best, top.bound());
                int count = 0;
                for (int w = 0; w < words && count < bound; w++) {
                    count += Long.bitCount(block[base + w] ^ probe[w]);
                }
                best = Math.min(best, count);
            }
            top.offer(best, i);
        }
    }

    /** Search result: gallery index (-1 if none) and its distance. */
    public record Hit(int index, double distance) {
    }

    /** Approximate heap bytes held by the code blocks. */
    public long codeBytes() {
        return (long) blocks.size() * BLOCK * words * Long.BYTES;
    }
}
