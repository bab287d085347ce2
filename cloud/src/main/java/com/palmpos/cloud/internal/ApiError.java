package com.palmpos.cloud.internal;

import com.palmpos.sync.api.Problem;

/** A request the emulator refuses; becomes an RFC 9457 problem response. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;

    public ApiError(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(400, "bad-request", "The request is malformed", detail);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not-found", "Not found", what);
    }

    public static ApiError unprocessable(String code, String detail) {
        return new ApiError(422, code, "The request cannot be processed", detail);
    }

    public static ApiError conflict(String code, String detail) {
        return new ApiError(409, code, "Conflict with the current state", detail);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return Problem.of(status, code, title, getMessage(), instance);
    }
}
