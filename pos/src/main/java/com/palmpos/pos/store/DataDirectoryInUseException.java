package com.palmpos.pos.store;

import java.nio.file.Path;

/** Another PalmPOS process already uses the data directory. */
public final class DataDirectoryInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path dataDir;

    public DataDirectoryInUseException(Path dataDir, String holderPid) {
        super("data directory " + dataDir + " is already in use by another PalmPOS process (pid " + holderPid
                + "): close that process or start with another --data directory", null);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
