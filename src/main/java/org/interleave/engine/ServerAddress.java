// Where a course's own database server is, and the account Interleave administers its throwaway databases with.
package org.interleave.engine;

/** @param password never from the command line: from the environment or a prompt */
public record ServerAddress(String jdbcUrl, String user, String password) {
    @Override
    public String toString() {
        return user + " at " + jdbcUrl;
    }
}
