package tradebounds.family.fixedprice.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Checker;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.engine.bnb.BranchAndBound;
import tradebounds.engine.cluster.Members;
import tradebounds.model.Rational;
import tradebounds.family.fixedprice.program.PriceList;

/**
 * The prover on Hazelcast members started on loopback in this JVM: the merged certificate of a two-member run
 * gives the same verdict as a single-machine run, and a member terminated in the middle of a run loses no
 * finished subtree (its job is resubmitted and the merged certificate is still proved).
 */
@Tag("slow")
class ClusterProverTest {
    static final Rational R = Rational.of(13, 20);

    @Test
    void twoMembersGiveTheSameVerdictAsOne(@TempDir Path dir) throws Exception {
        GuaranteeProver prover = new GuaranteeProver(PriceList.prop41(), R);
        Path single = dir.resolve("single.cert");
        prover.run(new BranchAndBound.Options(10_000, Duration.ofMinutes(3), 1, BranchAndBound.Order.DEPTH_FIRST,
                null), null, single, null);
        String cluster = "tb-test-" + UUID.randomUUID();
        HazelcastInstance a = Members.start(cluster, List.of(), "127.0.0.1", 5901);
        HazelcastInstance b = Members.start(cluster, List.of(), "127.0.0.1", 5901);
        try {
            assertEquals(2, a.getCluster().getMembers().size());
            Path merged = dir.resolve("merged.cert.gz");
            GuaranteeProver.Outcome o = prover.runOnCluster(a, 8, 6, Duration.ofMinutes(3), 1, null, merged, null);
            assertEquals(BranchAndBound.Status.CLOSED, o.result().status(), String.valueOf(o.result().stopReason()));
            assertEquals(verdict(single), verdict(merged));
            assertEquals(R, verdict(merged));
        } finally {
            b.shutdown();
            a.shutdown();
        }
    }

    @Test
    void aTerminatedMemberLosesNoFinishedSubtree(@TempDir Path dir) throws Exception {
        String cluster = "tb-test-" + UUID.randomUUID();
        HazelcastInstance a = Members.start(cluster, List.of(), "127.0.0.1", 5951);
        HazelcastInstance b = Members.start(cluster, List.of(), "127.0.0.1", 5951);
        HazelcastInstance c = Members.start(cluster, List.of(), "127.0.0.1", 5951);
        try {
            assertEquals(3, a.getCluster().getMembers().size());
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    return;
                }
                c.getLifecycleService().terminate();
            });
            killer.start();
            Path merged = dir.resolve("merged.cert");
            GuaranteeProver.Outcome o = new GuaranteeProver(PriceList.prop41(), R)
                    .runOnCluster(a, 8, 4, Duration.ofMinutes(3), 1, null, merged, null);
            killer.join();
            assertEquals(BranchAndBound.Status.CLOSED, o.result().status(), String.valueOf(o.result().stopReason()));
            assertEquals(R, verdict(merged));
        } finally {
            b.shutdown();
            a.shutdown();
        }
    }

    /**
     * Cor 5.1's symmetric (5.1) on the toy prices 0, 1/3, 2/3, 1000 with k = 2 at r = 1/2 (plain (5.1) is feasible
     * there, about r = 1/3): the cluster path runs (5.1) jobs too, and the merged tree is proved at the same level.
     */
    @Test
    void symmetricMultiUnitTreeOnTwoMembers(@TempDir Path dir) throws Exception {
        List<Rational> toy = List.of(Rational.ZERO, Rational.of(1, 3), Rational.of(2, 3), Rational.of(1000));
        String cluster = "tb-test-" + UUID.randomUUID();
        HazelcastInstance a = Members.start(cluster, List.of(), "127.0.0.1", 5981);
        HazelcastInstance b = Members.start(cluster, List.of(), "127.0.0.1", 5981);
        try {
            Path merged = dir.resolve("sym.cert");
            GuaranteeProver.Outcome o = new GuaranteeProver(toy, Rational.of(1, 2)).forUnits(2).symmetric()
                    .runOnCluster(a, 2, 4, Duration.ofMinutes(2), 1, null, merged, null);
            assertEquals(BranchAndBound.Status.CLOSED, o.result().status(), String.valueOf(o.result().stopReason()));
            assertEquals(Rational.of(1, 2), verdict(merged));
        } finally {
            b.shutdown();
            a.shutdown();
        }
    }

    static Rational verdict(Path cert) {
        CheckOutcome o = Checker.check(cert);
        return assertInstanceOf(Proved.class, o, o::toString).values().get(Quantity.INFEASIBLE_AT);
    }
}
