/** Privacy internals: the customer search and the outbox payload of privacy requests. */
package com.palmpos.pos.privacy.internal;
