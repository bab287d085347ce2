package com.palmpos.app.simulate;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * This JVM's memory as the operating system and the JVM see it: resident set (Linux {@code /proc/self/status}),
 * Java heap, direct buffers, and the committed total of Native Memory Tracking when the JVM was started with
 * {@code -XX:NativeMemoryTracking=summary}. Each read costs well under a millisecond (NMT a few ms). Thread-safe.
 */
final class ProcessMemory {
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final long MB = 1024 * 1024;

    /** One reading, in MiB; absent values are -1. */
    record Reading(long rssMb, long heapUsedMb, long heapCommittedMb, long heapMaxMb, long directMb,
            long nmtCommittedMb) {
    }

    Reading read() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        return new Reading(rssKb().orElse(-1024) / 1024, heap.getUsed() / MB, heap.getCommitted() / MB,
                heap.getMax() / MB, direct / MB, nmtCommittedKb().orElse(-1024) / 1024);
    }

    /** True when the JVM tracks its native memory (started with -XX:NativeMemoryTracking=summary or detail). */
    boolean nativeTrackingOn() {
        return nmtCommittedKb().isPresent();
    }

    private static OptionalLong rssKb() {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc/self/status")));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IOException | UnsupportedOperationException notLinux) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong nmtCommittedKb() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            Matcher m = NMT_TOTAL.matcher(String.valueOf(text));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(2))) : OptionalLong.empty();
        } catch (JMException | RuntimeException notAvailable) {
            return OptionalLong.empty();
        }
    }
}
