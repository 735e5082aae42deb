package ma.maharat.platform.cluster;

import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other nodes of a cluster what to forget, with Payara's clustered CDI events: an {@code @Outbound}
 * event goes over the data grid's topic to every other member, where Payara fires it again with the
 * {@code @Inbound} qualifier, so a memory observes {@code @Observes @Inbound Forget} next to its own local
 * observer. Not looped back ({@code loopBack} is false): the node that made the change has already forgotten,
 * in the change's own {@code AFTER_SUCCESS} observer, before the request that made it returns.
 *
 * <p>Asynchronous: a node hears within milliseconds (docs/benchmarks.md), and the memories keep their short
 * time to live as a safety net for a message lost while a member joins or leaves. On one node (Payara Micro's
 * {@code --nocluster}) the event reaches nobody, which is right.
 */
@ApplicationScoped
public class OtherNodes {

    private static final Logger LOG = Logger.getLogger(OtherNodes.class.getName());

    @Inject
    @Outbound
    Event<Forget> outbound;

    public void forget(String memory, long key) {
        try {
            outbound.fire(new Forget(memory, key));
        } catch (RuntimeException e) {
            // Without the grid (a node started with --nohazelcast) the others learn it from the time to live.
            LOG.log(Level.WARNING, "Could not tell the other nodes to forget " + memory + " " + key, e);
        }
    }
}
