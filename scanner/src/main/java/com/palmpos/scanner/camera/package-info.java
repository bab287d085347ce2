/**
 * Cameras for the palm scanner, through sarxos webcam-capture's driver SPI.
 *
 * <p>{@link com.palmpos.scanner.camera.CameraSettings} says which driver and device ({@link
 * com.palmpos.scanner.camera.CameraSelector}: index or part of the name), size and rate;
 * {@link com.palmpos.scanner.camera.CameraDrivers#forHardware} gives the driver (OpenCV by default);
 * {@link com.palmpos.scanner.camera.CameraSupervisor} keeps the camera running on its own thread and reports
 * {@link com.palmpos.scanner.camera.CameraState}s. The simulated camera lives in {@code camera.sim}.
 */
package com.palmpos.scanner.camera;
