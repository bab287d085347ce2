package com.palmpos.scanner.camera;

/** Life cycle of a supervised camera, as the screens should show it. */
public enum CameraState {
    /** Looking for the configured camera and opening it. */
    STARTING,
    /** Frames are arriving. */
    RUNNING,
    /** The camera delivered frames, then stopped (unplugged, driver error); reopen attempts are running. */
    LOST,
    /** The configured camera is not attached (or cannot be opened); attempts continue with backoff. */
    NO_CAMERA,
    /** Closed on request; final. */
    STOPPED
}
