package com.palmpos.sync.api;

/** A palm template captured at the counter, to identify against the cloud's enrolled customers. */
public record IdentifyRequest(byte[] template) {
    @Override
    public String toString() {
        return "IdentifyRequest[" + (template == null ? 0 : template.length) + " bytes]";
    }
}
