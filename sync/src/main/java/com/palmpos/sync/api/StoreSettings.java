package com.palmpos.sync.api;

/**
 * A store's settings as the terminal needs them.
 *
 * @param loyaltyPointsPerMajorUnit points earned per whole currency unit spent
 * @param taxRateBasisPoints        the tax included in menu prices, in 1/100 %
 */
public record StoreSettings(String storeId, String name, String currency, String timeZone,
                            int loyaltyPointsPerMajorUnit, int taxRateBasisPoints, String receiptFooter) {
}
