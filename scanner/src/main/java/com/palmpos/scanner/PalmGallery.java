package com.palmpos.scanner;

import com.palmpos.scanner.internal.match.ShiftHamming;
import com.palmpos.scanner.internal.match.TemplateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory 1:N search over enrolled palms.
 *
 * <p>Thread-safe: any number of concurrent {@link #identify} calls, {@link #add} waits for them. Identification
 * is a cascade (cheap pass over every coarse code on all pool threads, then the full shift search of the fine
 * code on the best {@link Parameters#coarseCandidates()}): about 10 ms for 100,000 palms on 2 cores. Memory: 960
 * bytes of code per template plus the subject id string (about 1 GB for a million palms). Rebuild it from stored templates at start-up.
 */
public final class PalmGallery {
    private final Parameters parameters;
    private final ForkJoinPool pool;
    private final ShiftHamming fine;
    private final TemplateStore store;
    private final List<String> subjects = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** Gallery searching on the common fork-join pool. */
    public PalmGallery(Parameters parameters) {
        this(parameters, ForkJoinPool.commonPool());
    }

    /** Gallery searching on {@code pool} (its parallelism sets the number of scan tasks). */
    public PalmGallery(Parameters parameters, ForkJoinPool pool) {
        this.parameters = Objects.requireNonNull(parameters);
        this.pool = Objects.requireNonNull(pool);
        this.fine = new ShiftHamming(PalmTemplate.GRID, parameters.codePlanes(), parameters.maxShiftCells(),
                parameters.normalisingBits());
        this.store = new TemplateStore(PalmTemplate.GRID, parameters.codePlanes());
    }

    /**
     * Adds a template under a subject id (a subject may have several). Cheap (a copy of 960 bytes of code).
     *
     * @throws IllegalArgumentException if the template holds another feature code or geometry than the gallery
     */
    public void add(String subjectId, PalmTemplate template) {
        Objects.requireNonNull(subjectId, "subjectId");
        if (template.features() != parameters.features() || template.planes() != parameters.codePlanes()) {
            throw new IllegalArgumentException("template " + template + " holds " + template.features() + " in "
                    + template.planes() + " planes but this gallery uses " + parameters.features() + " in "
                    + parameters.codePlanes() + ": re-enroll subject " + subjectId);
        }
        lock.writeLock().lock();
        try {
            store.add(template.fineWords(), template.coarseWords());
            subjects.add(subjectId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Number of templates held. */
    public int size() {
        lock.readLock().lock();
        try {
            return store.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Identifies one capture; see {@link #identify(List)}. */
    public Identification identify(PalmTemplate probe) {
        return identify(List.of(probe));
    }

    /**
     * Identifies a hand from one or more captures of it, or codes of one capture ({@link Extraction#probes()});
     * the best-matching one counts. The result is a match only if the best distance is within the threshold for
     * {@link Parameters#targetFalseMatchRate()} divided by the gallery size and by the number of probe codes, so
     * the chance of naming the wrong customer stays near that rate as the gallery grows and however many codes
     * are tried (a union bound: conservative, as the codes of one hand are far from independent).
     * Expensive (see class comment); never call it on the JavaFX thread.
     */
    public Identification identify(List<PalmTemplate> probes) {
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("identification needs at least one capture");
        }
        long[][] fineCodes = probes.stream().map(PalmTemplate::fineWords).toArray(long[][]::new);
        long[][] coarseCodes = probes.stream().map(PalmTemplate::coarseWords).toArray(long[][]::new);
        lock.readLock().lock();
        try {
            TemplateStore.Hit hit = store.search(fineCodes, coarseCodes, parameters.coarseCandidates(), fine, pool);
            if (hit.index() < 0) {
                return new Identification(null, null, 1.0, 0.0);
            }
            double threshold = DecisionThreshold.forFalseMatchRate(parameters,
                    parameters.targetFalseMatchRate() / ((double) Math.max(1, store.size()) * probes.size()));
            String candidate = subjects.get(hit.index());
            return new Identification(hit.distance() <= threshold ? candidate : null, candidate, hit.distance(),
                    threshold);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Approximate heap bytes of the code storage (excludes subject id strings). */
    public long codeBytes() {
        lock.readLock().lock();
        try {
            return store.codeBytes();
        } finally {
            lock.readLock().unlock();
        }
    }
}
