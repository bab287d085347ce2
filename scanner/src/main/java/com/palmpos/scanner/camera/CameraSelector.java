package com.palmpos.scanner.camera;

import com.github.sarxos.webcam.WebcamDevice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which camera to use, as written in configuration: a position in the driver's device list ({@code "0"},
 * {@code "1"}) or a case-insensitive part of the device name ({@code "Logitech"}). Immutable.
 *
 * @param index position in the device list, or -1 when selecting by name
 * @param nameFragment part of the device name, or null when selecting by index
 */
public record CameraSelector(int index, String nameFragment) {

    public CameraSelector {
        if (nameFragment == null && index < 0) {
            throw new IllegalArgumentException("camera index must be 0 or more, got " + index);
        }
        if (nameFragment != null && nameFragment.isBlank()) {
            throw new IllegalArgumentException("camera name must not be blank: give a part of its name or an index");
        }
    }

    /** The first camera the driver lists. */
    public static CameraSelector first() {
        return new CameraSelector(0, null);
    }

    /**
     * Reads a selector from configuration text: blank or {@code "default"} = the first camera, digits = an index,
     * anything else = part of the name.
     */
    public static CameraSelector parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("default")) {
            return first();
        }
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            try {
                return new CameraSelector(Integer.parseInt(t), null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("camera index '" + t + "' is too large: use 0, 1, 2...", e);
            }
        }
        return new CameraSelector(-1, t);
    }

    /** The device this selector names among {@code devices}, if present. Cheap. */
    public Optional<WebcamDevice> pick(List<WebcamDevice> devices) {
        if (nameFragment == null) {
            return index < devices.size() ? Optional.of(devices.get(index)) : Optional.empty();
        }
        String wanted = nameFragment.toLowerCase(Locale.ROOT);
        return devices.stream()
                .filter(d -> d.getName() != null && d.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .findFirst();
    }

    @Override
    public String toString() {
        return nameFragment == null ? "camera #" + index : "camera named like '" + nameFragment + "'";
    }
}
