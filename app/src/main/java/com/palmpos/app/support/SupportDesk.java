package com.palmpos.app.support;

import com.palmpos.app.TerminalStorage;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.staff.LoginResult;
import com.palmpos.pos.staff.Role;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.staff.StaffSettings;
import java.time.Clock;
import java.util.Arrays;

/**
 * The terminal's storage opened for a support-desk command while the terminal is stopped (the data directory lock
 * refuses a second process): the privacy service, the audit log and a manager's sign-in. Closing closes the database.
 */
final class SupportDesk implements AutoCloseable {
    final TerminalStorage.Opened storage;
    final AuditLog audit;
    final PrivacyService privacy;
    private final StaffService staff;

    private SupportDesk(TerminalStorage.Opened storage, Config config) {
        this.storage = storage;
        Clock clock = Clock.systemDefaultZone();
        this.audit = new AuditLog(storage.database(), clock, config.get(ConfigKeys.TERMINAL_ID));
        CustomerStore customers = new CustomerStore(storage.database(), clock, storage.keys().templateCipher());
        this.privacy = new PrivacyService(storage.database(), customers, new OutboxStore(storage.database(), clock),
                audit, clock);
        this.staff = new StaffService(storage.database(), clock, StaffSettings.defaults(), audit);
    }

    static SupportDesk open(Config config) {
        TerminalStorage.prepare(config);
        return new SupportDesk(TerminalStorage.open(config), config);
    }

    /**
     * Signs in {@code managerId} with {@code pin} (same lockout and audit as at the counter) and returns the actor
     * name the audit log records for the command.
     *
     * @throws SupportRefusedException if the PIN is wrong, the account locked or not a manager's
     */
    String requireManager(String managerId, char[] pin) {
        try {
            LoginResult result = staff.login(managerId, pin);
            if (result instanceof LoginResult.Success ok && ok.member().role() == Role.MANAGER) {
                return managerId;
            }
            if (result instanceof LoginResult.LockedOut locked) {
                throw new SupportRefusedException("the account " + managerId + " is locked until " + locked.until()
                        + " after wrong PINs: wait, or ask another manager to reset it");
            }
            throw new SupportRefusedException("a manager's staff id and PIN are needed for this command: the PIN is"
                    + " wrong or " + managerId + " is not a manager (nothing was changed)");
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    @Override
    public void close() {
        storage.close();
    }
}
