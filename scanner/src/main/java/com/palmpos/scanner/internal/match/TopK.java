package com.palmpos.scanner.internal.match;

import java.util.Arrays;

/**
 * Keeps the k smallest (score, index) pairs seen, packed as {@code score << 32 | index} in a max-heap of longs:
 * no boxing, so the coarse pass over a large gallery allocates nothing. Not thread-safe: one per task.
 */
final class TopK {
    private final long[] heap;
    private int size;

    TopK(int k) {
        heap = new long[Math.max(1, k)];
    }

    /** Offers a non-negative score (lower is better) for an entry. */
    void offer(int score, int index) {
        long item = ((long) score << 32) | index;
        if (size < heap.length) {
            int i = size++;
            heap[i] = item;
            while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        } else if (item < heap[0]) {
            heap[0] = item;
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int largest = i;
                if (l < size && heap[l] > heap[largest]) {
                    largest = l;
                }
                if (r < size && heap[r] > heap[largest]) {
                    largest = r;
                }
                if (largest == i) {
                    break;
                }
                swap(i, largest);
                i = largest;
            }
        }
    }

    /** Indices kept, in no particular order. */
    int[] indices() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) heap[i];
        }
        return out;
    }

    static int[] merge(java.util.List<TopK> parts, int k) {
        long[] all = parts.stream().flatMapToLong(t -> Arrays.stream(t.heap, 0, t.size)).sorted().toArray();
        int[] out = new int[Math.min(k, all.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) all[i];
        }
        return out;
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
