// A process that starts an embedded server in a given folder and then waits to be killed: the test's orphan maker.
package org.interleave.engine.postgresql;

import java.nio.file.Path;

public final class OrphanMaker {
    private OrphanMaker() {}

    public static void main(String[] args) throws Exception {
        EmbeddedServer server = new EmbeddedServer(Path.of(args[0]));
        server.ensureStarted();
        System.out.println("postmaster " + server.postmasterPid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
