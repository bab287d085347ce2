package com.palmpos.scanner.camera;

import java.util.Objects;

/**
 * A camera state change with a sentence for the manager screen. Immutable.
 *
 * @param state the new state
 * @param deviceName name of the device concerned, or empty if none was found
 * @param message what happened and, for failures, what to do
 */
public record CameraStatus(CameraState state, String deviceName, String message) {
    public CameraStatus {
        Objects.requireNonNull(state, "state");
        deviceName = deviceName == null ? "" : deviceName;
        Objects.requireNonNull(message, "message");
    }
}
