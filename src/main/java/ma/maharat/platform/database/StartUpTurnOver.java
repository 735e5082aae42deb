package ma.maharat.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Ends this node's start-up turn ({@link StartUpTurn}) once every start-up task has run and committed: it
 * starts after all of them, so the next node waiting for the turn finds their work in the database. It names
 * the last tasks of each chain ({@code DemoData} follows the administrator and the content import); Payara
 * reads a {@code @DependsOn} that names two beans of which one depends on the other as a cycle and refuses to
 * deploy. {@code StartUpTurnTest} checks both: every {@code @Startup} bean comes before this one, and no such
 * pair.
 */
@Startup
@Singleton
@DependsOn({"SigningKeyAtStart", "DemoData"})
public class StartUpTurnOver {

    @EJB
    StartUpTurn turn;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void giveBack() {
        turn.giveBack();
    }
}
