package ma.maharat.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;

/** The center at a glance for the home pages of trainers and administrators. */
@Named
@RequestScoped
public class CenterOverview {

    @Inject
    Accounts accounts;

    private List<Account> all;
    private int cooperativeCount;

    @PostConstruct
    void load() {
        all = accounts.all();
        cooperativeCount = accounts.cooperatives().size();
    }

    public List<Account> getTrainees() {
        return all.stream().filter(a -> a.getRole() == Role.TRAINEE && a.isActive()).toList();
    }

    public long getTraineeCount() {
        return count(Role.TRAINEE);
    }

    public long getTrainerCount() {
        return count(Role.TRAINER);
    }

    public long getCooperativeCount() {
        return cooperativeCount;
    }

    private long count(Role role) {
        return all.stream().filter(a -> a.getRole() == role && a.isActive()).count();
    }
}
