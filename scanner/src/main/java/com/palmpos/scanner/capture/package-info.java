/**
 * The capture loop: camera frames -> hand presence -> quality gate -> template -> identification or enrollment ->
 * {@link com.palmpos.scanner.capture.CaptureEvent}s and {@link com.palmpos.scanner.capture.PreviewFrame}s for the
 * screens, on threads of its own. Start at {@link com.palmpos.scanner.capture.CaptureLoop}; the palm engine is
 * plugged in through {@link com.palmpos.scanner.capture.CaptureBackend#of}.
 */
package com.palmpos.scanner.capture;
