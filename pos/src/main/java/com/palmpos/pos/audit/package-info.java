/**
 * The append-only, hash-chained audit log of sensitive actions ({@link com.palmpos.pos.audit.AuditLog}).
 */
package com.palmpos.pos.audit;
