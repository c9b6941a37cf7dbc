package vn.reformdesk.store;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a shared PostgreSQL register is: host, port, database and the officer's login. Written
 * {@code postgresql://user@host:5432/database} (a {@code jdbc:} prefix is accepted); never holds a password.
 */
public record ServerAddress(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("no server host");
        if (database == null || database.isBlank()) throw new IllegalArgumentException("no database name");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("no login name");
        if (port <= 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not a port");
    }

    /**
     * Reads {@code postgresql://[user@]host[:port]/database}; without a user in it, {@code defaultUser}. A password
     * in the address is refused: it would end up in the shell's history and the process list.
     */
    public static ServerAddress parse(String url, String defaultUser) {
        String s = url.trim();
        if (s.startsWith("jdbc:")) s = s.substring(5);
        if (!s.startsWith("postgresql://") && !s.startsWith("postgres://")) {
            throw new IllegalArgumentException("not a server address: " + url + " (write postgresql://user@host:5432/database)");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server address: " + url, e);
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new IllegalArgumentException("no password in the address: give it in REFORMDESK_PASSWORD or at the prompt");
        }
        String query = uri.getQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("user=")) user = part.substring(5);
                if (part.startsWith("password=")) {
                    throw new IllegalArgumentException("no password in the address: give it in REFORMDESK_PASSWORD or at the prompt");
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path,
                user == null || user.isBlank() ? defaultUser : user);
    }

    String jdbcUrl() { return "jdbc:postgresql://" + host + ":" + port + "/" + database; }

    @Override
    public String toString() { return "postgresql://" + user + "@" + host + ":" + port + "/" + database; }
}
