package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.PosEnrollment;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The enrollment view models' surroundings without FX: the real pos services and desk on H2 (opened once per test
 * class), a scripted palm reader, and a task runner that runs everything at once on the test thread.
 * {@link #fresh} empties the store and gives a new counter session for each test.
 */
final class JourneyFixture implements AutoCloseable {

    final TestCounter counter;
    final ScriptedPalmReader reader = new ScriptedPalmReader();
    final PosEnrollment pos;
    private final CounterServices services;
    CounterSession session;
    int closed;

    JourneyFixture(Path dir) {
        counter = new TestCounter(dir);
        pos = new PosEnrollment(counter);
        services = counter.servicesWith(reader).withEnrollment(pos.desk);
    }

    /** Customer ids with a stored palm template. */
    java.util.Set<String> templateOwners() {
        return counter.pos.customers().allPalmTemplates().keySet();
    }

    /** An empty store, a quiet reader and a new session speaking {@code locale}. */
    CounterSession fresh(Locale locale) {
        pos.clear();
        reader.reset();
        closed = 0;
        session = new CounterSession(services, new ImmediateTaskRunner(), Messages.forLocale(locale));
        return session;
    }

    Runnable onClose() {
        return () -> closed++;
    }

    @Override
    public void close() {
        counter.close();
    }
}
