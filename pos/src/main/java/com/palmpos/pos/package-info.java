/**
 * The counter's domain, free of UI: exact money ({@code money}), the menu ({@code menu}), orders and their pricing
 * ({@code order}), tenders and the offline policy ({@code payment}), loyalty, customers, staff and shifts, end-of-day
 * reports and printing. Services are constructor-injected with {@link com.palmpos.pos.store.Database},
 * {@link com.palmpos.pos.outbox.OutboxStore}, a {@link java.time.Clock} and {@link com.palmpos.pos.PosSettings};
 * every order or payment change is one H2 transaction that also appends its cloud upload to the outbox.
 * Packages named {@code internal} are implementation details (repositories, JSON payloads) and not API.
 */
package com.palmpos.pos;
