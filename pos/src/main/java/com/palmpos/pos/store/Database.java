package com.palmpos.pos.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's embedded H2 database in its data directory, migrated to the current schema on open.
 *
 * <p>Opening claims the data directory ({@link DataDirectoryLock}) so a second process is refused before it touches
 * a file. Each module that owns tables keeps its migrations under {@code db/migration/<module>} with its own history
 * table, so modules version their schemas independently. Thread-safe; connections come from a small pool.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "palmpos";
    private static final String USER = "palmpos";

    private final DataDirectoryLock lock;
    private final JdbcDataSource source;
    // swapped by a compaction while open; transactions hold the gate's read lock, the compaction its write lock
    private volatile JdbcConnectionPool pool;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile long lastActivity = System.nanoTime();
    private final Path dataDir;
    // the transaction this thread is running, so nested inTransaction calls join it
    private final TransactionScope transactions = new TransactionScope();

    /** A file smaller than this is never compacted while open (the compaction at open keeps it small enough). */
    static final long COMPACT_MIN_BYTES = 32L << 20;
    /** Compact while open when less than this percentage of the chunks is live... */
    static final int COMPACT_BELOW_FILL_RATE = 50;
    /** ...and the file has grown this much since the last compaction (so a file H2 cannot shrink further is left be). */
    static final long COMPACT_GROWTH_BYTES = 16L << 20;
    /** How often the fill rate is looked at; the look costs microseconds. */
    static final Duration COMPACT_CHECK_INTERVAL = Duration.ofMinutes(1);
    /** The scheduled compaction waits for this long without a transaction (the counter is idle). */
    static final Duration COMPACT_IDLE = Duration.ofSeconds(10);

    private final ScheduledExecutorService compactor;
    private volatile long compactedSize;

    private Database(DataDirectoryLock lock, JdbcDataSource source, JdbcConnectionPool pool, Path dataDir) {
        this.lock = lock;
        this.source = source;
        this.pool = pool;
        this.dataDir = dataDir;
        this.compactor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-db-compact");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long every = COMPACT_CHECK_INTERVAL.toMillis();
        compactor.scheduleWithFixedDelay(this::compactQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void compactQuietly() {
        if (System.nanoTime() - lastActivity < COMPACT_IDLE.toNanos()) {
            return; // busy: at the next idle look
        }
        try {
            compactIfGrown();
        } catch (RuntimeException e) {
            // e.g. closing: the next look (or the compaction at the next open) does it
            LOG.warn("Database compaction failed; trying again in {}", COMPACT_CHECK_INTERVAL, e);
        }
    }

    /**
     * The scheduled compaction, run every {@link #COMPACT_CHECK_INTERVAL} on a background thread once no transaction
     * ran for {@link #COMPACT_IDLE} (this method itself does not wait for idle): compacts when the
     * file is over {@value #COMPACT_MIN_BYTES} bytes, less than {@value #COMPACT_BELOW_FILL_RATE} % of its chunks is
     * live, and it has grown by {@value #COMPACT_GROWTH_BYTES} bytes since the last compaction.
     *
     * @return whether it compacted
     */
    public boolean compactIfGrown() {
        long threshold = Math.max(COMPACT_MIN_BYTES, compactedSize + COMPACT_GROWTH_BYTES);
        long before = fileSize();
        if (before <= threshold || fillRate() >= COMPACT_BELOW_FILL_RATE) {
            return false;
        }
        compactNow();
        compactedSize = fileSize();
        LOG.info("Database file compacted while open: {} MB -> {} MB", before >> 20, compactedSize >> 20);
        return true;
    }

    /**
     * Claims {@code dataDir}, opens (or creates) the database there and applies the migrations of the given modules.
     * Costs a few hundred milliseconds on first creation, tens on later opens.
     *
     * @param fileKey the AES key of the database file, or {@code null} for an unencrypted file; copied, never logged
     * @param modules migration sets to apply in order, e.g. {@code "pos"} for {@code db/migration/pos}
     * @throws DataDirectoryInUseException if another process holds the directory
     * @throws StoreException if the file is corrupt, encrypted with another key, or of a newer format
     */
    public static Database open(Path dataDir, char[] fileKey, String... modules) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path absolute = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(absolute);
        JdbcConnectionPool pool = null;
        try {
            JdbcDataSource source = dataSource(absolute, fileKey);
            compactKeepingTheFileOnFailure(source, absolute.resolve(FILE_NAME + ".mv.db"));
            pool = newPool(source);
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            for (String module : modules) {
                migrate(pool, module);
            }
            LOG.info("Database ready in {}", absolute);
            return new Database(lock, source, pool, absolute);
        } catch (SQLException e) {
            dispose(pool);
            lock.close();
            throw new StoreException(explain(absolute, e), e);
        } catch (FlywayException | StoreException e) {
            dispose(pool);
            lock.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot migrate the database in " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static JdbcDataSource dataSource(Path dir, char[] fileKey) {
        // WRITE_DELAY=0: a commit writes its chunk to the file before it returns, so a killed process loses nothing it
        // committed (H2's default delays writes by 500 ms; a kill -9 in that window left half a migration behind).
        // DB_CLOSE_ON_EXIT=FALSE: the application closes the database after its workers stop, not H2's own
        // shutdown hook while they still run.
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + (fileKey == null ? "" : ";CIPHER=AES"));
        source.setUser(USER);
        source.setPassword(password(fileKey));
        return source;
    }

    /**
     * {@link #compact}s, but a file that fails to open or compact (damaged, or of another key) is put back exactly as
     * it was: H2 writes to a file while it opens and recovers it, so a damaged file would otherwise leave the attempt
     * changed, and the backup a support desk restores from must be the untouched one. The copy ({@code
     * palmpos.mv.db.before-open}, owner-only) lives only while the open runs; one left by a process killed during the
     * open is the state before that open and is kept (not overwritten) until an open succeeds.
     *
     * <p>The copy is made only when the file may need H2's recovery: when the last close was not clean (a crash, a
     * kill, a power cut) or the file was changed since (its size, modification time or file identity differ from
     * what {@link #close()} recorded in {@code palmpos.mv.db.closed}: a restored or copied file differs, and so
     * does its CRC-32C, so a bad sector or a program writing into the file after the close is seen too). A file exactly as a clean close left it opens without recovery, so the copy (a full read and write of
     * the file) is replaced on an ordinary restart by a read of it for the checksum. The record is deleted before
     * the file is opened, so a process killed while it runs leaves none.
     */
    private static void compactKeepingTheFileOnFailure(JdbcDataSource source, Path file) throws SQLException {
        Path copy = file.resolveSibling(file.getFileName() + ".before-open");
        boolean haveCopy = java.nio.file.Files.exists(copy);
        boolean needCopy = needsSafetyCopy(file);
        forgetCleanClose(file);
        if (!haveCopy && needCopy) {
            long begin = System.nanoTime();
            try {
                Path temp = java.nio.file.Files.createTempFile(file.getParent(), "palmpos", ".copy",
                        OwnerOnly.fileAttribute());
                java.nio.file.Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                java.nio.file.Files.move(temp, copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                haveCopy = true;
                LOG.info("Safety copy of {} made in {} ms (the last close was not clean, or the file changed since)",
                        file.getFileName(), (System.nanoTime() - begin) / 1_000_000);
            } catch (java.io.IOException e) {
                LOG.warn("Opening {} without a safety copy ({}): a damaged file could be changed by the attempt",
                        file, e.toString());
            }
        }
        try {
            compact(source);
        } catch (SQLException | RuntimeException e) {
            if (haveCopy) {
                try {
                    java.nio.file.Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.io.IOException restore) {
                    e.addSuppressed(restore);
                    LOG.error("Could not put {} back from {}: the copy is kept", file, copy, restore);
                }
            }
            throw e;
        }
        try {
            java.nio.file.Files.deleteIfExists(copy);
        } catch (java.io.IOException e) {
            LOG.warn("Could not delete the safety copy {}: {}", copy, e.toString());
        }
    }

    /** Where {@link #close()} records the file as a clean close left it. */
    static Path cleanCloseRecord(Path file) {
        return file.resolveSibling(file.getFileName() + ".closed");
    }

    /**
     * Whether opening {@code file} needs the safety copy: it exists and is not exactly as the last clean close
     * recorded it (no record, or another size, modification time or file identity).
     */
    static boolean needsSafetyCopy(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            return false;
        }
        try {
            Path record = cleanCloseRecord(file);
            return !java.nio.file.Files.exists(record)
                    || !java.nio.file.Files.readString(record).strip().equals(fingerprint(file));
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
    }

    private static void forgetCleanClose(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(cleanCloseRecord(file));
        } catch (java.io.IOException e) {
            // a record that stays would skip the copy after a crash of this run: refuse rather than risk it
            throw new StoreException("cannot delete " + cleanCloseRecord(file) + " (" + e + "): check the data"
                    + " directory's permissions", e);
        }
    }

    private static void recordCleanClose(Path file) {
        Path record = cleanCloseRecord(file);
        try {
            Path temp = java.nio.file.Files.createTempFile(file.getParent(), "palmpos", ".closed",
                    OwnerOnly.fileAttribute());
            java.nio.file.Files.writeString(temp, fingerprint(file) + "\n");
            java.nio.file.Files.move(temp, record, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            LOG.warn("Could not record the clean close of {} ({}): the next start makes a safety copy", file,
                    e.toString());
        }
    }

    // size, modification time, the file's identity (device and inode on Linux) and a CRC-32C of its content: the
    // clock the kernel stamps files with moves in ticks of milliseconds, so a change right after the close can keep
    // the time; the checksum sees it (reading a file is several times cheaper than copying it: no writes)
    private static String fingerprint(Path file) throws java.io.IOException {
        java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(file,
                java.nio.file.attribute.BasicFileAttributes.class);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 20);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey() + " "
                + Long.toHexString(crc.getValue());
    }

    /**
     * Rewrites the file with only its live data ({@code SHUTDOWN COMPACT}, which also LZF-compresses it) before the pool
     * opens. Not at close: a closed file stays as written, so the leak scans of the privacy tests can read it.
     * A worn file (many commits, freed chunks all over it) is what lost the first commits after a restart to a kill -9:
     * H2 reuses the freed chunks of the previous session at once (their retention time counts from when they were
     * written), and recovery from the kill fell back to an older version whose chunks had been overwritten (the order
     * was gone, or the file could not be opened: "Unable to read the page ... chunk ... unusedAtVersion"). A
     * compacted file has no freed chunks: new chunks go to its end, where recovery finds them. Also keeps the file
     * small (a day of orders leaves tens of megabytes, not hundreds). Costs about a second per 20 MB of live data.
     * While the file is open, {@link #compactIfGrown()} keeps it small on a schedule.
     */
    private static void compact(JdbcDataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

    private static String password(char[] fileKey) {
        if (fileKey == null) {
            return "";
        }
        // H2 takes "<file password> <user password>"; the user password is empty
        char[] combined = Arrays.copyOf(fileKey, fileKey.length + 1);
        combined[fileKey.length] = ' ';
        String result = new String(combined);
        Arrays.fill(combined, '\0');
        return result;
    }

    private static void migrate(DataSource dataSource, String module) {
        String fingerprint = migrationsFingerprint(module);
        if (fingerprint != null && fingerprint.equals(appliedFingerprint(dataSource, module))) {
            return; // the schema is what these very migrations made: nothing for Flyway to apply or validate
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        if (fingerprint != null) {
            recordFingerprint(dataSource, module, fingerprint);
        }
    }

    /**
     * Whether the schema of {@code module} was last migrated by exactly the migrations on the class path now, so that
     * opening skips Flyway (its classes, the class-path scan and the validation cost about a second of a till's CPU
     * at start-up). Any added, removed or edited migration file changes the fingerprint, and Flyway then runs and
     * validates as before.
     */
    static boolean schemaIsCurrent(DataSource dataSource, String module) {
        String fingerprint = migrationsFingerprint(module);
        return fingerprint != null && fingerprint.equals(appliedFingerprint(dataSource, module));
    }

    private static final String FINGERPRINTS = "palmpos_schema_fingerprints";

    private static String appliedFingerprint(DataSource dataSource, String module) {
        try (Connection c = dataSource.getConnection()) {
            // asked first, so a new database does not get H2's "table not found" in palmpos.trace.db
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null,
                    FINGERPRINTS.toUpperCase(java.util.Locale.ROOT), null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT fingerprint FROM " + FINGERPRINTS
                    + " WHERE module = ?")) {
                s.setString(1, module);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        } catch (SQLException e) {
            return null; // a new database, or one made before fingerprints: Flyway decides
        }
    }

    private static void recordFingerprint(DataSource dataSource, String module, String fingerprint) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement create = c.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS " + FINGERPRINTS
                        + " (module VARCHAR(64) PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL)");
            }
            try (java.sql.PreparedStatement s = c.prepareStatement("MERGE INTO " + FINGERPRINTS
                    + " (module, fingerprint) KEY (module) VALUES (?, ?)")) {
                s.setString(1, module);
                s.setString(2, fingerprint);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("Could not record the migrations of {} ({}): the next start runs Flyway again", module,
                    e.getMessage());
        }
    }

    /**
     * SHA-256 over the names and contents of every file under {@code db/migration/<module>} on the class path (jars
     * and directories), in name order; {@code null} when they cannot be listed (Flyway then always runs).
     */
    static String migrationsFingerprint(String module) {
        String folder = "db/migration/" + module;
        java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>();
        try {
            // the loader Flyway scans (the thread's context loader), so both see the same files
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : Database.class.getClassLoader();
            java.util.Enumeration<java.net.URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                java.net.URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    java.net.JarURLConnection connection = (java.net.JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (java.util.jar.JarFile jar = connection.getJarFile()) {
                        for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
                            if (!entry.isDirectory() && entry.getName().startsWith(folder + "/")) {
                                try (java.io.InputStream in = jar.getInputStream(entry)) {
                                    files.put(entry.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
                        for (Path f : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                            files.put(folder + "/" + dir.relativize(f).toString().replace('\\', '/'),
                                    java.nio.file.Files.readAllBytes(f));
                        }
                    }
                } else {
                    return null;
                }
            }
            if (files.isEmpty()) {
                return null;
            }
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(file.getValue().length).array());
                digest.update(file.getValue());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException | java.net.URISyntaxException | java.security.NoSuchAlgorithmException
                 | RuntimeException e) {
            LOG.debug("Migrations of {} not fingerprinted: {}", module, e.toString());
            return null;
        }
    }

    /** H2's reason in one short line: its message runs over lines and ends with the SQL it was running. */
    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse("").replaceAll("; SQL statement:$", "").strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "\u2026";
    }

    private static String explain(Path dir, SQLException e) {
        String file = dir.resolve(FILE_NAME + ".mv.db").toString();
        return switch (e.getErrorCode()) {
            case 90049 -> "the database " + file + " is encrypted with another key: supply the right key or restore a backup";
            case 90028, 90030, 90048, 50000 -> "the database " + file + " is damaged or of an unknown format: restore a"
                    + " backup or move it aside to start empty; the file was left as it is (" + firstLine(e) + ")";
            case 90020 -> "the database " + file + " is in use by another program: close it and retry";
            default -> "cannot open the database " + file + ": " + e.getMessage();
        };
    }

    private static JdbcConnectionPool newPool(JdbcDataSource source) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        return pool;
    }

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
    }

    /**
     * How much of the database file holds live data, in percent (100 for a freshly compacted file). Cheap: reads the
     * store's chunk statistics, no I/O.
     */
    public int fillRate() {
        return withStore(store -> store.getMvStore().getFileStore().getChunksFillRate());
    }

    /** The size of the database file in bytes. */
    public long fileSize() {
        return withStore(store -> store.getMvStore().getFileStore().size());
    }

    /**
     * Compacts the file now exactly as at open ({@code SHUTDOWN COMPACT}, see {@link #compact}): waits for running
     * transactions to end, holds new ones back (they wait, they do not fail), closes the pool, compacts, and opens a
     * new pool. Takes about a second per 20 MB of live data. H2's online {@code compactFile} was tried first and
     * rejected: a commit made after it and followed by kill -9 was lost in 3 of 3 runs
     * ({@code KillNineOnUsedDatabaseTest}); the compaction at open is the one the kill -9 tests show safe. Not to be
     * called inside a transaction of this database.
     */
    public void compactNow() {
        gate.writeLock().lock();
        try {
            JdbcConnectionPool old = pool;
            old.dispose(); // closes the idle connections; with the last one H2 closes the database cleanly
            compact(source);
            pool = newPool(source);
        } catch (SQLException e) {
            pool = newPool(source); // the file is as it was: carry on with it
            throw new StoreException("cannot compact the database: " + e.getMessage(), e);
        } finally {
            gate.writeLock().unlock();
        }
    }

    // H2 has no SQL for compacting an open file: reach its store through the embedded session
    private <T> T withStore(java.util.function.Function<org.h2.mvstore.db.Store, T> work) {
        gate.readLock().lock();
        try (Connection connection = pool.getConnection()) {
            org.h2.engine.Session session = connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            if (!(session instanceof org.h2.engine.SessionLocal local)) {
                throw new StoreException("the database is not embedded in this process", null);
            }
            return work.apply(local.getDatabase().getStore());
        } catch (SQLException e) {
            throw new StoreException("cannot reach the database file: " + e.getMessage(), e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** A pooled connection in auto-commit mode; the caller closes it. Thread-safe. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The pool, for libraries that want a {@link DataSource}. */
    public DataSource dataSource() {
        return pool;
    }

    /** The directory this database lives in. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. A call made while the
     * same thread is already inside {@code inTransaction} of this database joins that outer transaction (same
     * connection, committed or rolled back with it), so services that each open their own transaction can be composed
     * into one atomic unit, e.g. an enrollment writing a profile, a template and an outbox message. Inside a joined
     * call, let exceptions propagate: the outer transaction rolls back only if it sees them.
     *
     * @throws StoreException wrapping any {@link SQLException}
     */
    public <T> T inTransaction(Transaction<T> work) {
        if (transactions.joined()) {
            return transactions.run(pool, work);
        }
        lastActivity = System.nanoTime();
        gate.readLock().lock();
        try {
            return transactions.run(pool, work);
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Closes the pool and releases the data directory. Closing the last connection closes the H2 database cleanly
     * (an explicit SHUTDOWN would leave the pool's idle connections to fail and fill {@code palmpos.trace.db}).
     */
    @Override
    public void close() {
        compactor.shutdown(); // no interrupt: an interrupted H2 file channel closes the store
        try {
            compactor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int inUse = pool.getActiveConnections();
            pool.dispose();
            if (inUse == 0) { // the last connection closed the file: it is as a clean close leaves it
                recordCleanClose(dataDir.resolve(FILE_NAME + ".mv.db"));
            } else {
                LOG.warn("Database closed with {} connections still in use: the next start makes a safety copy",
                        inUse);
            }
        } finally {
            lock.close();
        }
    }
}
