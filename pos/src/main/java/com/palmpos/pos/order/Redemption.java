package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;

/** A loyalty reward redeemed on this order: the points it cost and the line discount it became. */
public record Redemption(String rewardId, String rewardName, long points, String lineId, Money value) {
}
