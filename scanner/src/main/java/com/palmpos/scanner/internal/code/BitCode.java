package com.palmpos.scanner.internal.code;

/**
 * A palm's bit code as packed by {@link com.palmpos.scanner.internal.match.CodeLayout}: the fine (32x32 cells) and
 * coarse (16x16 cells) grids, plane-major. The arrays are owned by the caller that receives them.
 */
public record BitCode(long[] fine, long[] coarse) {
}
