package com.palmpos.cloud.web;

import com.palmpos.cloud.internal.CloudDatabase;
import java.time.Duration;

/**
 * Settings of the customer web pages.
 *
 * @param chainId        the chain whose stores and customers the pages serve
 * @param secureCookies  cookies carry {@code Secure} and the {@code __Host-} prefix (browsers keep them on HTTPS and on
 *                       {@code http://localhost} only); off only for a demo reached by another name over plain HTTP
 * @param idleTimeout    a browser session ends after this long without a request
 * @param maxLifetime    a browser session ends this long after it began, used or not
 * @param signInCodeValidity how long a one-time sign-in code is accepted
 * @param demoOutbox     codes are "sent" to the demo outbox page ({@code /web/en/demo/outbox}) that anyone can read:
 *                       demo and tests only, never with real customers
 */
public record WebSettings(String chainId, boolean secureCookies, Duration idleTimeout, Duration maxLifetime,
                          Duration signInCodeValidity, boolean demoOutbox) {

    /**
     * The defaults for the demo chain; the demo outbox is on for the embedded H2 cloud and off on PostgreSQL unless
     * {@code -Dpalmpos.web.demo-outbox=true}; {@code -Dpalmpos.web.secure-cookies=false} turns the Secure flag off.
     */
    public static WebSettings fromSystem(CloudDatabase.Dialect dialect) {
        boolean demo = Boolean.parseBoolean(System.getProperty("palmpos.web.demo-outbox",
                String.valueOf(dialect == CloudDatabase.Dialect.H2)));
        boolean secure = Boolean.parseBoolean(System.getProperty("palmpos.web.secure-cookies", "true"));
        return new WebSettings(System.getProperty("palmpos.web.chain", "demo-chain"), secure, Duration.ofMinutes(20),
                Duration.ofHours(2), Duration.ofMinutes(10), demo);
    }
}
