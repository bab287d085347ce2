/**
 * {@code palmpos simulate}: a headless terminal (real pos services, real outbox worker and cloud client, the demo
 * menu) that rings up seeded orders and drains them to the cloud or an in-process emulator. Used for load figures,
 * demos and end-to-end checks. Customers are attached by id from the cloud's demo customers (palm identification is
 * out of scope here); some orders stay anonymous.
 */
package com.palmpos.app.simulate;
