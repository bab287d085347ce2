package com.palmpos.pos;

import com.palmpos.pos.loyalty.LoyaltySettings;
import com.palmpos.pos.payment.OfflineSettings;
import com.palmpos.pos.staff.StaffSettings;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The pos module's settings, with defaults for a single demo terminal.
 *
 * @param storeId    the store this terminal belongs to (selects store prices; sent with every upload)
 * @param terminalId this terminal; order numbers restart per terminal and business day
 * @param zone       the store's time zone: it decides which business day an order belongs to
 */
public record PosSettings(String storeId, String terminalId, ZoneId zone, OfflineSettings offline,
                          LoyaltySettings loyalty, StaffSettings staff) {
    public PosSettings {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(offline, "offline");
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(staff, "staff");
    }

    public static PosSettings defaults() {
        return new PosSettings("store-main", "terminal-1", ZoneId.systemDefault(), OfflineSettings.defaults(),
                LoyaltySettings.defaults(), StaffSettings.defaults());
    }
}
