package com.palmpos.pos.privacy;

/**
 * What a privacy request did on this terminal.
 *
 * @param foundHere  whether this terminal held data of the customer in the scope (it is erased now)
 * @param auditSeq   the audit entry recording it
 * @param sentToCloud whether the request was queued for the cloud (false for erasures that came from the cloud)
 */
public record ErasureReceipt(String customerId, ErasureScope scope, boolean foundHere, long auditSeq,
                             boolean sentToCloud) {
}
