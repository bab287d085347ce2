package com.palmpos.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ({@code dev} when running from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"PalmPOS " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** The application's version string. */
    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
