/** Audit log internals: hashing and the database's append-only guard. */
package com.palmpos.pos.audit.internal;
