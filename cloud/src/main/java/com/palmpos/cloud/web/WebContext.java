package com.palmpos.cloud.web;

import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.cloud.internal.Sealer;
import com.palmpos.pos.consent.ConsentNotices;
import java.time.Clock;

/** What the page handlers share. Immutable; every part is thread-safe. */
record WebContext(CloudDatabase db, Sealer sealer, Clock clock, WebSettings settings, WebSessions sessions, WebAudit audit,
                  RateLimiter limiter, CodeSender sender, Renderer renderer, ConsentNotices notices) {
}
