package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.counter.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.StoreEnrollmentDesk;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The enrollment view models' surroundings without FX: real services on H2, a scripted palm reader, the test
 * desk, and a task runner that runs everything at once on the test thread.
 */
final class JourneyFixture implements AutoCloseable {

    final TestCounter counter;
    final ScriptedPalmReader reader = new ScriptedPalmReader();
    final StoreEnrollmentDesk desk;
    final CounterSession session;
    int closed;

    JourneyFixture(Path dir, Locale locale) {
        counter = new TestCounter(dir);
        desk = new StoreEnrollmentDesk(counter);
        CounterServices real = counter.services;
        CounterServices services = new CounterServices(real.clock(), real.settings(), real.staffId(), real.menus(),
                real.orders(), real.payments(), real.loyalty(), real.customers(), real.insights(), real.shifts(),
                real.reports(), real.staff(), reader, desk);
        session = new CounterSession(services, new ImmediateTaskRunner(), Messages.forLocale(locale));
    }

    Runnable onClose() {
        return () -> closed++;
    }

    @Override
    public void close() {
        counter.close();
    }
}
