package tradebounds.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import tradebounds.engine.cluster.Members;

/** {@code tradebounds member}: a Hazelcast member that runs branch-and-bound jobs until it is stopped. */
final class MemberCommand implements Main.Command {
    @Override
    public String summary() {
        return "serve branch-and-bound jobs as a Hazelcast cluster member (for prove --cluster)";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds member --cluster NAME [--join HOST[:PORT],...] [--bind IP] [--port P]
                                          [--seconds S]

                Starts an embedded Hazelcast member of cluster NAME (TCP/IP join on the listed hosts; no
                multicast) and runs the jobs that 'tradebounds prove --cluster NAME' sends, one at a time, each
                with all cores. Stop it with Ctrl-C or after --seconds. A member that stops mid-job loses only
                that job: the coordinator resubmits it. Example on two hosts a and b:
                  b$ tradebounds member --cluster p41 --join a,b --bind B_IP
                  a$ tradebounds prove --prices prop41 --r 0.71 --out p41-071.cert.gz --cluster p41 --join a,b
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("member", argv, 1, Set.of(), Set.of("cluster", "join", "bind", "port", "seconds"));
        String cluster = a.require("cluster");
        List<String> join = a.get("join", null) == null ? List.of() : List.of(a.get("join", null).split(","));
        var member = Members.start(cluster, join, a.get("bind", null), (int) a.integer("port", 5701));
        err.println("member: joined '" + cluster + "' (" + member.getCluster().getMembers().size() + " members) at "
                + member.getCluster().getLocalMember().getAddress());
        long until = System.nanoTime() + (long) (a.seconds("seconds", 1e9) * 1e9);
        try {
            while (System.nanoTime() < until && member.getLifecycleService().isRunning()) {
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            member.shutdown();
        }
        out.println("member: left '" + cluster + "'");
        return Main.OK;
    }
}
