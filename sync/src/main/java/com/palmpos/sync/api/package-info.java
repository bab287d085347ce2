/**
 * The PalmPOS cloud API v1 as Java values: one immutable record per JSON body of
 * {@code openapi/palmpos-v1.yaml}. Money is always {@code long} minor units plus an ISO 4217 currency code; byte
 * arrays (palm templates) travel as base64 strings. All types are immutable and thread-safe.
 */
package com.palmpos.sync.api;
