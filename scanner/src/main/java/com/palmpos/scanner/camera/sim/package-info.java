/**
 * A simulated camera for the demo mode and tests: a sarxos driver playing a deterministic
 * {@link com.palmpos.scanner.camera.sim.Scene} (a script of shots, a folder of images, or synthetic palm scenes),
 * which can be unplugged and replugged.
 */
package com.palmpos.scanner.camera.sim;
