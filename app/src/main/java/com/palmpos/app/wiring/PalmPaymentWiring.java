package com.palmpos.app.wiring;

import com.palmpos.pos.PosServices;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.privacy.PalmPayments;
import com.palmpos.pos.privacy.SecondFactorPolicy;
import com.palmpos.pos.privacy.SecondFactorSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;

/** Builds the palm payments of the counter from the configured second-factor threshold. Stateless. */
public final class PalmPaymentWiring {
    private PalmPaymentWiring() {
    }

    /**
     * The second factor from {@code payment.second-factor-above}: zero (written {@code 0} or {@code off}) turns it
     * off, any other amount asks for the phone's last four digits from that amount on.
     */
    public static SecondFactorSettings secondFactor(BigDecimal threshold, Currency currency) {
        return threshold.signum() == 0 ? SecondFactorSettings.off()
                : SecondFactorSettings.above(Money.of(threshold, currency));
    }

    /** Palm payments over the terminal's payment service, customer store and audit log. Cheap, no I/O. */
    public static PalmPayments create(PosServices pos, SecondFactorSettings secondFactor, Clock clock) {
        return new PalmPayments(pos.payments(), pos.customers(),
                new SecondFactorPolicy(secondFactor, pos.customers(), pos.audit(), pos.database(), clock), pos.audit());
    }
}
