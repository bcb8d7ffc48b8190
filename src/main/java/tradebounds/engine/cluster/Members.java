package tradebounds.engine.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;

/**
 * Starts an embedded Hazelcast member that joins the named cluster by TCP/IP on the given addresses (no
 * multicast, no cloud discovery: this tool's machines reach only what they are told). Each member runs one
 * branch-and-bound job at a time; a job uses the member's cores through its own worker threads.
 */
public final class Members {
    /** The executor that runs subtree jobs. */
    public static final String EXECUTOR = "tradebounds-bnb";

    private Members() {
    }

    /**
     * @param cluster   cluster name (members of different runs never mix)
     * @param addresses {@code host[:port]} of members to join; empty for loopback
     * @param bind      the interface to bind, e.g. 127.0.0.1 in tests; null to let Hazelcast choose
     * @param port      first port to try (auto-incremented)
     */
    public static HazelcastInstance start(String cluster, List<String> addresses, String bind, int port) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // A member that vanishes (killed, unplugged) is noticed within seconds, so its job is resubmitted soon.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "8");
        config.getJetConfig().setEnabled(false);
        config.getExecutorConfig(EXECUTOR).setPoolSize(1);
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(true).setPortCount(50);
        if (bind != null) {
            net.getInterfaces().setEnabled(true).addInterface(bind);
        }
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        if (addresses.isEmpty()) {
            join.getTcpIpConfig().addMember(bind == null ? "127.0.0.1" : bind);
        } else {
            addresses.forEach(a -> join.getTcpIpConfig().addMember(a));
        }
        return Hazelcast.newHazelcastInstance(config);
    }
}
